import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * TOTP secrets are stored encrypted (AES-256-GCM), never in clear: a copy of the database
 * (a backup, a read-only SQL injection) does not give the second factor away. The key is
 * MFA_ENCRYPTION_KEY, or else derived from JWT_SECRET; either way through HKDF with a label
 * of its own, so it is never the JWT signing key itself. The secret is shown once, by
 * startTotpEnrollment, and no API field ever returns it afterwards.
 */
const VERSION = 'v1';

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'orgpulse', 'orgpulse totp secret v1', 32));
}

export function encryptSecret(plain: string, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(key), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function decryptSecret(stored: string, key: string): string {
  const [version, data] = stored.split(':');
  if (version !== VERSION || !data) throw new Error('Unknown TOTP secret format.');
  const raw = Buffer.from(data, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
