import { checkPassword, PasswordContext } from '@orgpulse/shared';
import { badInput } from './errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// the same without tab, line feed and carriage return
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** True when text holds control characters; `allowLineBreaks` lets tabs and line breaks through (notes). */
export function hasControlCharacters(text: string, options: { allowLineBreaks?: boolean } = {}): boolean {
  return (options.allowLineBreaks ? CONTROL_BUT_LINE_BREAKS : CONTROL).test(text);
}

/** Trims and lower-cases an email, refusing what is not one. */
export function normalizeEmail(raw: string, field = 'email'): string {
  const email = (raw ?? '').trim().toLowerCase();
  if (email.length > 320 || !EMAIL.test(email)) throw badInput(`"${(raw ?? '').slice(0, 80)}" is not a valid email address.`, field);
  return email;
}

/** A display name: 1 to `max` characters after trimming, no control characters. */
export function cleanName(raw: string, field = 'name', max = 200): string {
  const name = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!name) throw badInput(`Enter a ${field === 'name' ? 'name' : field}.`, field);
  if (name.length > max) throw badInput(`The ${field} can be at most ${max} characters.`, field);
  if (hasControlCharacters(name)) throw badInput(`The ${field} contains characters that are not allowed.`, field);
  return name;
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
