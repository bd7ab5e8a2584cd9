import { createHash, randomBytes } from 'node:crypto';

/** API keys are recognised by this prefix (the context sends them to authenticateApiKey). */
export const API_KEY_PREFIX = 'opk_';

/** 32 random bytes, base64url: "opk_" + 43 characters. */
const SECRET_SHAPE = new RegExp(`^${API_KEY_PREFIX}[A-Za-z0-9_-]{43}$`);
/** How much of the secret is kept in clear to recognise a key ("opk_" + 8 characters). */
const DISPLAY_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

export function newSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret), prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** A 256-bit random secret needs no slow hash: SHA-256 is enough to make the stored value useless. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function looksLikeSecret(value: string): boolean {
  return SECRET_SHAPE.test(value);
}
