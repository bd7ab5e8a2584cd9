import { checkPassword, forbiddenNameCharacter, PasswordContext } from '@orgpulse/shared';
import emailAddresses from 'email-addresses';
import { badInput } from './errors';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// the same without tab, line feed and carriage return
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** True when text holds control characters; `allowLineBreaks` lets tabs and line breaks through (notes). */
export function hasControlCharacters(text: string, options: { allowLineBreaks?: boolean } = {}): boolean {
  return (options.allowLineBreaks ? CONTROL_BUT_LINE_BREAKS : CONTROL).test(text);
}

/**
 * Parses `raw` as exactly one bare addr-spec (RFC 5322 `local@domain`, UTF-8 allowed) and
 * returns it, or null. Refused: lists (`a,b@x.test`), display names and angle brackets
 * (`Bob <b@x.test>`), quoted local parts, comments, domain literals, a domain without a dot,
 * whitespace and control characters anywhere. The mail sender calls this again before it
 * builds an SMTP envelope.
 */
export function parseSingleEmail(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 320) return null;
  // the grammar allows these inside quoted strings, comments and domain literals: none are wanted
  if (/[\s"<>()[\]\\,;:]/u.test(raw) || forbiddenNameCharacter(raw)) return null;
  const parsed = emailAddresses.parseOneAddress({ input: raw, rfc6532: true, rejectTLD: true, startAt: 'mailbox' });
  if (!parsed || parsed.type !== 'mailbox' || parsed.name !== null || parsed.parts.comments.length > 0) return null;
  if (parsed.address !== raw || !parsed.domain.includes('.')) return null;
  if (parsed.local.length > 64) return null;
  return parsed.address;
}

/** Trims and lower-cases an email, refusing what is not one single plain address. */
export function normalizeEmail(raw: string, field = 'email'): string {
  const email = parseSingleEmail((raw ?? '').trim().toLowerCase());
  if (!email)
    throw badInput(
      `"${sanitizeForMessage(raw)}" is not a valid email address: enter one address such as name@example.com, without a name, quotes or angle brackets.`,
      field,
    );
  return email;
}

/** A display name: 1 to `max` characters after trimming, no control, bidi or invisible characters. */
export function cleanName(raw: string, field = 'name', max = 200): string {
  // tabs and line breaks are whitespace that the collapse below turns into single spaces;
  // every other control or format character is refused (checked before trim(), which drops U+FEFF)
  const bad = forbiddenNameCharacter((raw ?? '').replace(/[\t\n\r]/g, ' '));
  if (bad)
    throw badInput(`The ${field} contains a character that is not allowed (${bad}: a control, direction or invisible character).`, field);
  const name = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!name) throw badInput(`Enter a ${field === 'name' ? 'name' : field}.`, field);
  if (name.length > max) throw badInput(`The ${field} can be at most ${max} characters.`, field);
  return name;
}

/** The start of what the caller sent, safe to quote back in an error message. */
function sanitizeForMessage(raw: unknown): string {
  return String(raw ?? '')
    .slice(0, 80)
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu, '?');
}

/** Applies the shared password policy, with the reasons a person can act on. */
export function requireStrongPassword(password: string, context: PasswordContext, field = 'password'): void {
  const result = checkPassword(password, context);
  if (!result.ok) throw badInput(result.problems.join(' '), field);
}

/** An id argument: a UUID, or the thing is simply not found (never "the first row"). */
export function requireId(id: unknown, what: string, notFound: (what: string) => Error): string {
  if (!isUuid(id)) throw notFound(what);
  return id.toLowerCase();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
