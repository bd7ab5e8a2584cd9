/** What an outbox email is about. Stored in `email_outbox.kind`. */
export const MailKind = {
  /** A new account: the temporary password, to change at first sign-in. */
  Credentials: 'member.credentials',
  /** An existing account was added to an organization: no password. */
  AddedExisting: 'member.added',
  /** A new temporary password for a member who has not signed in yet. */
  CredentialsReissued: 'member.credentials_reissued',
  Removed: 'member.removed',
  OwnershipReceived: 'ownership.received',
  OwnershipGiven: 'ownership.given',
  LowBalance: 'billing.low_balance',
  /** A webhook endpoint kept failing and was disabled. */
  WebhookDisabled: 'webhook.endpoint_disabled',
  /**
   * An unverified account was added by an organization and handed to whoever reads the
   * mailbox: a new temporary password (see members/account-handover.ts).
   */
  AccountHandedOver: 'member.account_handed_over',
  /** The weekly access review to owners and admins (opt-in per organization: modules/review). */
  AccessReview: 'review.weekly',
  /** The email-verification link. */
  VerifyEmail: 'account.verify_email',
  /** The single-use password-reset link. */
  PasswordReset: 'account.password_reset',
} as const;

export type MailKind = (typeof MailKind)[keyof typeof MailKind];

/** Kinds whose body holds a password: emptied as soon as delivery is over (SENT or FAILED). */
export const SECRET_KINDS: readonly MailKind[] = [
  MailKind.Credentials,
  MailKind.CredentialsReissued,
  MailKind.AccountHandedOver,
  MailKind.VerifyEmail,
  MailKind.PasswordReset,
];

/** Kinds whose delivery is the member's `emailStatus` (their latest credentials or welcome email). */
export const STATUS_KINDS: readonly MailKind[] = [
  MailKind.Credentials,
  MailKind.AddedExisting,
  MailKind.CredentialsReissued,
  MailKind.AccountHandedOver,
];

export const REDACTED_BODY = '[Removed after delivery: this email contained a temporary password or a single-use link.]';
