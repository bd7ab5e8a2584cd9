import { COMMON_BASE_WORDS, COMMON_LONG_PASSWORDS } from './common-passwords';

/** One password policy for the server and the SPA (NIST SP 800-63B-4, OWASP ASVS 5). */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

export interface PasswordCheck {
  ok: boolean;
  /** Why the password is refused, in words a person can act on. Empty when ok. */
  problems: string[];
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const COMMON_BASES = new Set(COMMON_BASE_WORDS);
const COMMON_WHOLE = new Set(COMMON_LONG_PASSWORDS);
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

/** Length in Unicode code points, as NIST counts it. */
export function passwordLength(password: string): number {
  return Array.from(password.normalize('NFC')).length;
}

function isRepetitionOf(text: string, unit: string): boolean {
  if (!unit || text.length < unit.length || text.length % unit.length !== 0) return false;
  return unit.repeat(text.length / unit.length) === text;
}

/** True when the text (as code points) is one chunk repeated ("abcabcabc…", "密码密码密码…"). */
function isRepetitive(text: string[]): boolean {
  for (let size = 1; size <= text.length / 2; size++) {
    let repeats = true;
    for (let i = size; i < text.length && repeats; i++) repeats = text[i] === text[i % size];
    if (repeats) return true;
  }
  return false;
}

/** True when the text is one run along a keyboard row or the alphabet, forwards or backwards. */
function isSequence(text: string): boolean {
  if (text.length < 6) return false;
  return KEYBOARD_ROWS.some((row) => {
    const twice = row + row;
    const reversed = [...twice].reverse().join('');
    return twice.includes(text) || reversed.includes(text);
  });
}

/** Letters of any script (Latin, Cyrillic, Greek, CJK…); everything else is a separator. */
const NOT_LETTER = /[^\p{L}]/gu;
const LEET_INSIDE_WORD = /\p{L}[0-9@$!]+(?=\p{L})/gu;

/** The letters of a password, read plainly and de-leeted ("P@ssw0rd2024!" -> "password", "пароль2024" -> "пароль"). */
function baseWords(password: string): string[] {
  const lower = password.normalize('NFC').toLowerCase();
  const deleeted = [...lower].map((c) => LEET[c] ?? c).join('');
  const words = [lower.replace(NOT_LETTER, ''), deleeted.replace(NOT_LETTER, '')];
  // leet only inside words: "p4ssw0rd" -> "password", but trailing digits stay digits
  const inner = lower.replace(LEET_INSIDE_WORD, (m) => [...m].map((c) => LEET[c] ?? c).join(''));
  words.push(inner.replace(NOT_LETTER, ''));
  return [...new Set(words)].filter((w) => w.length > 0);
}

/** Code points, so that a repeat of a CJK or emoji unit is found like a Latin one. */
const chars = (s: string) => Array.from(s);

function isCommon(password: string): boolean {
  const lower = password.normalize('NFC').toLowerCase();
  const compact = lower.replace(/[\s\-_.]/gu, '');
  if (COMMON_WHOLE.has(lower) || COMMON_WHOLE.has(compact)) return true;
  if (isRepetitive(chars(compact)) || isSequence(compact)) return true;
  if (new Set(compact).size < 5) return true;
  const bases = baseWords(password);
  if (bases.length === 0) {
    // digits and symbols only: refuse runs and repeats of digits
    const digits = lower.replace(/[^0-9]/g, '');
    return isRepetitive(chars(digits)) || isSequence(digits) || new Set(digits).size < 5;
  }
  return bases.some(
    (base) => COMMON_BASES.has(base) || [...COMMON_BASES].some((word) => chars(word).length >= 3 && isRepetitionOf(base, word)),
  );
}

function personalParts(context: PasswordContext): string[] {
  const parts: string[] = [];
  const email = context.email?.trim().toLowerCase();
  if (email) {
    parts.push(email);
    const local = email.split('@')[0];
    if (local) parts.push(local, ...local.split(/[._+-]+/));
  }
  const name = context.name?.trim().toLowerCase();
  if (name) parts.push(name, name.replace(/\s+/g, ''), ...name.split(/\s+/));
  return [...new Set(parts.filter((p) => p.length >= 3))];
}

/** Checks a candidate password against the policy. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  const problems: string[] = [];
  if (typeof password !== 'string') return { ok: false, problems: ['Enter a password.'] };
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(
      `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${length}). A few unrelated words make a long password easy to remember.`,
    );
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push(`Use at most ${PASSWORD_MAX_LENGTH} characters (this one has ${length}).`);
  }
  if (length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH && isCommon(password)) {
    problems.push(
      'This password is too common or too predictable (a well-known password, a repeat or a keyboard run). Choose something less guessable.',
    );
  }
  const lower = password.toLowerCase();
  const lowerCompact = lower.replace(/\s+/g, '');
  const personal = personalParts(context).find((part) => lower.includes(part) || lowerCompact.includes(part));
  if (personal) problems.push('The password must not contain your name or email address.');
  return { ok: problems.length === 0, problems };
}

/** Throws-free convenience: the first problem, or null. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  return checkPassword(password, context).problems[0] ?? null;
}

const GENERATOR_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomIndex(max: number): number {
  // rejection sampling over a Uint32 keeps every character equally likely
  const limit = Math.floor(0x1_0000_0000 / max) * max;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    if (buffer[0] < limit) return buffer[0] % max;
  }
}

/**
 * A strong password that always passes the policy: four groups of five random characters
 * from a 56-character alphabet (about 116 bits), such as "Hq7sk-2mWcz-PtR4e-9bNxa".
 */
export function generatePassword(context: PasswordContext = {}): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 5 }, () => GENERATOR_ALPHABET[randomIndex(GENERATOR_ALPHABET.length)]).join(''),
    );
    const candidate = groups.join('-');
    if (checkPassword(candidate, context).ok) return candidate;
  }
}
