import { createHash } from 'node:crypto';
import bcrypt from 'bcrypt';

/**
 * bcrypt reads only the first 72 bytes of its input. Passwords here may be up to 128
 * characters (more bytes in UTF-8), so every password is first reduced with SHA-256 to a
 * 44-byte base64 string: two passwords sharing their first 72 bytes get different hashes.
 * bcrypt runs on libuv's thread pool (async API), never blocking the event loop.
 */
function prehash(password: string): string {
  return createHash('sha256').update(password.normalize('NFC'), 'utf8').digest('base64');
}

export function hashPassword(password: string, cost: number): Promise<string> {
  return bcrypt.hash(prehash(password), cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(prehash(password), hash);
}

const dummyHashes = new Map<number, Promise<string>>();

/** Spends the same time as a real verification, for unknown emails (no timing oracle). */
export async function verifyAgainstDummy(password: string, cost: number): Promise<false> {
  let dummy = dummyHashes.get(cost);
  if (!dummy) {
    dummy = hashPassword('orgpulse-dummy-password-for-timing', cost);
    dummyHashes.set(cost, dummy);
  }
  await bcrypt.compare(prehash(password), await dummy);
  return false;
}
