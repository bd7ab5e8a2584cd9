import { compose, CredentialsMail, RenderedMail } from './mail.templates';

/** The account emails: verification, password reset, and the hand-over of an unverified account. */

const IGNORE_ACCOUNT = 'If you did not ask for this, you can ignore this email: nothing changes until the link is used.';

export function verifyEmailMail(m: { name: string; link: string; ttlHours: number }): RenderedMail {
  return compose('Confirm your email address for orgpulse', `Hi ${m.name},`, [
    { p: 'Confirm that this address is yours: open the link below while signed in to orgpulse.' },
    { field: { label: 'Confirm your email', value: m.link, link: true } },
    { p: `The link works once, for ${m.ttlHours} hours.` },
    {
      p: 'If you did not create an orgpulse account, do not open the link. Someone may have used your address: reset the password from the sign-in page to take the account over.',
    },
  ]);
}

export function passwordResetMail(m: { name: string; link: string; ttlMinutes: number }): RenderedMail {
  return compose('Reset your orgpulse password', `Hi ${m.name},`, [
    { p: 'Someone (hopefully you) asked to reset the password of your orgpulse account.' },
    { field: { label: 'Choose a new password', value: m.link, link: true } },
    {
      p: `The link works once, for ${m.ttlMinutes} minutes. Using it signs you out everywhere and confirms your email address.`,
    },
    { p: IGNORE_ACCOUNT },
  ]);
}

export function accountHandedOverMail(m: CredentialsMail & { signInUrl: string; expiresAt: Date }): RenderedMail {
  return compose(`${m.inviterName} added you to ${m.organizationName} on orgpulse`, `Hi ${m.name},`, [
    { p: `${m.inviterName} added you to ${m.organizationName} on orgpulse, with the role ${m.role}.` },
    {
      p: 'An orgpulse account already existed for this address, but its email had never been confirmed, so it was handed to you, the owner of this mailbox: its old password no longer works and every device signed in to it was signed out.',
    },
    { field: { label: 'Sign in at', value: m.signInUrl, link: true } },
    { field: { label: 'Email', value: m.email } },
    { field: { label: 'Temporary password', value: m.temporaryPassword, code: true } },
    {
      p: `This password is temporary and works until ${m.expiresAt.toUTCString()}: choose your own at first sign-in. If the account belongs to an organization you do not know, someone created it with your address; it is yours now.`,
    },
  ]);
}
