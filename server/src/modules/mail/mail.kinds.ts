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
} as const;

export type MailKind = (typeof MailKind)[keyof typeof MailKind];

/** Kinds whose body holds a password: emptied as soon as delivery is over (SENT or FAILED). */
export const SECRET_KINDS: readonly MailKind[] = [MailKind.Credentials, MailKind.CredentialsReissued];

/** Kinds whose delivery is the member's `emailStatus` (their latest credentials or welcome email). */
export const STATUS_KINDS: readonly MailKind[] = [MailKind.Credentials, MailKind.AddedExisting, MailKind.CredentialsReissued];

export const REDACTED_BODY = '[Removed after delivery: this email contained a temporary password.]';
