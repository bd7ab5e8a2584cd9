import { formatCredits } from '@orgpulse/shared';

/**
 * The emails, as plain text and simple HTML built from the same parts. Everything that
 * comes from users (names, organization names) is escaped in HTML. Only `credentials` and
 * `credentialsReissued` take a password; no other template has a place for one.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Part {
  /** A paragraph of text. */
  p?: string;
  /** A labelled value shown on its own line (sign-in URL, email, password). */
  field?: { label: string; value: string; link?: boolean; code?: boolean };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One line, no control characters (a subject is a header), at most 200 characters. */
function oneLine(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- a subject is a header: control characters go
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .trim()
      .slice(0, 200)
  );
}

export function compose(subject: string, greeting: string, parts: Part[]): RenderedMail {
  const text = [greeting, ...parts.map((x) => x.p ?? `${x.field!.label}: ${x.field!.value}`)].join('\n\n');
  const htmlParts = parts.map((x) => {
    if (x.p) return `<p>${escapeHtml(x.p)}</p>`;
    const f = x.field!;
    const v = escapeHtml(f.value);
    const value = f.link
      ? `<a href="${v}">${v}</a>`
      : f.code
        ? `<code style="font-size:16px;background:#f3f4f6;padding:2px 6px">${v}</code>`
        : v;
    return `<p>${escapeHtml(f.label)}: ${value}</p>`;
  });
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...htmlParts,
    '<p style="color:#6b7280;font-size:12px">orgpulse</p>',
    '</body></html>',
  ].join('\n');
  return { subject: oneLine(subject), text: `${text}\n\n-- \norgpulse\n`, html };
}

const signInUrl = (appUrl: string) => `${appUrl}/sign-in`;
const CHANGE_REMINDER =
  'This password is temporary: you will be asked to choose your own password when you first sign in, before you can do anything else.';
const IGNORE = "If you did not expect this email, you can ignore it or tell the organization's owner.";

export interface CredentialsMail {
  appUrl: string;
  name: string;
  email: string;
  organizationName: string;
  inviterName: string;
  role: string;
  temporaryPassword: string;
}

export function credentialsMail(m: CredentialsMail): RenderedMail {
  return compose(`${m.inviterName} added you to ${m.organizationName} on orgpulse`, `Hi ${m.name},`, [
    { p: `${m.inviterName} added you to ${m.organizationName} on orgpulse, with the role ${m.role}. An account was created for you.` },
    { field: { label: 'Sign in at', value: signInUrl(m.appUrl), link: true } },
    { field: { label: 'Email', value: m.email } },
    { field: { label: 'Temporary password', value: m.temporaryPassword, code: true } },
    { p: CHANGE_REMINDER },
    { p: IGNORE },
  ]);
}

export function credentialsReissuedMail(m: CredentialsMail): RenderedMail {
  return compose(`Your new temporary password for ${m.organizationName}`, `Hi ${m.name},`, [
    {
      p: `${m.inviterName} issued you a new temporary password for ${m.organizationName} on orgpulse. Any temporary password you received before no longer works.`,
    },
    { field: { label: 'Sign in at', value: signInUrl(m.appUrl), link: true } },
    { field: { label: 'Email', value: m.email } },
    { field: { label: 'Temporary password', value: m.temporaryPassword, code: true } },
    { p: CHANGE_REMINDER },
    { p: IGNORE },
  ]);
}

export function addedExistingMail(m: Omit<CredentialsMail, 'temporaryPassword'>): RenderedMail {
  return compose(`${m.inviterName} added you to ${m.organizationName} on orgpulse`, `Hi ${m.name},`, [
    { p: `${m.inviterName} added you to ${m.organizationName} on orgpulse, with the role ${m.role}.` },
    {
      p: `Sign in with your existing orgpulse account (${m.email}) and your usual password, then choose ${m.organizationName}. Your password has not changed.`,
    },
    { field: { label: 'Sign in at', value: signInUrl(m.appUrl), link: true } },
    { p: IGNORE },
  ]);
}

export function removedMail(m: { appUrl: string; name: string; organizationName: string }): RenderedMail {
  return compose(`You were removed from ${m.organizationName}`, `Hi ${m.name},`, [
    { p: `Your membership of ${m.organizationName} on orgpulse was removed. You no longer have access to its resources, credits or data.` },
    {
      p: `What you created stays with the organization. If you think this is a mistake, contact the organization's owner or an administrator.`,
    },
  ]);
}

export function webhookDisabledMail(m: {
  appUrl: string;
  name: string;
  organizationName: string;
  url: string;
  failures: number;
  lastError: string | null;
}): RenderedMail {
  return compose(`A webhook endpoint of ${m.organizationName} was disabled`, `Hi ${m.name},`, [
    { p: `The webhook endpoint ${m.url} failed ${m.failures} delivery attempts in a row, so orgpulse stopped sending events to it.` },
    ...(m.lastError ? [{ field: { label: 'Last error', value: m.lastError } }] : []),
    {
      p: 'Fix the receiver, then send a test or redeliver an event from the Webhooks page: a successful delivery enables the endpoint again.',
    },
    { field: { label: 'Webhooks', value: `${m.appUrl}/webhooks`, link: true } },
  ]);
}

export function ownershipReceivedMail(m: { appUrl: string; name: string; organizationName: string; fromName: string }): RenderedMail {
  return compose(`You are now the owner of ${m.organizationName}`, `Hi ${m.name},`, [
    {
      p: `${m.fromName} transferred the ownership of ${m.organizationName} on orgpulse to you. As the owner you have every permission, and you are the one member who cannot be removed.`,
    },
    { p: `${m.fromName} is now an administrator of the organization.` },
    { field: { label: 'Open orgpulse', value: m.appUrl, link: true } },
  ]);
}

export function ownershipGivenMail(m: {
  appUrl: string;
  name: string;
  organizationName: string;
  toName: string;
  toEmail: string;
}): RenderedMail {
  return compose(`You transferred the ownership of ${m.organizationName}`, `Hi ${m.name},`, [
    {
      p: `You transferred the ownership of ${m.organizationName} on orgpulse to ${m.toName} (${m.toEmail}). You are now an administrator of the organization.`,
    },
    { p: `If you did not do this, change your password at once and contact ${m.toName}.` },
    { field: { label: 'Open orgpulse', value: m.appUrl, link: true } },
  ]);
}

export function lowBalanceMail(m: {
  appUrl: string;
  name: string;
  organizationName: string;
  balanceMicros: bigint;
  thresholdMicros: bigint;
}): RenderedMail {
  const balance = formatCredits(m.balanceMicros);
  const threshold = formatCredits(m.thresholdMicros);
  return compose(`Low credit balance for ${m.organizationName}: ${balance} credits`, `Hi ${m.name},`, [
    { p: `The credit balance of ${m.organizationName} fell to ${balance} credits, below its alert threshold of ${threshold} credits.` },
    { p: 'API calls that need credits are refused once the balance runs out. An owner or administrator can add credits.' },
    { field: { label: 'Credits', value: `${m.appUrl}/credits`, link: true } },
    { p: 'You get this email once each time the balance crosses the threshold, not for every call.' },
  ]);
}
