import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';

const ACCESS_AUDIENCE = 'orgpulse:access';
const ISSUER = 'orgpulse';
const ALGORITHM = 'HS256' as const;

export interface AccessClaims {
  /** user id */
  sub: string;
  /** membership id */
  mid: string;
  /** organization id */
  org: string;
  /** session id: revoking the session ends the token */
  sid: string;
}

export function signAccessToken(claims: AccessClaims, secret: string, ttlSeconds: number): string {
  return jwt.sign({ mid: claims.mid, org: claims.org, sid: claims.sid, typ: 'access' }, keyOf(secret), {
    algorithm: ALGORITHM,
    subject: claims.sub,
    audience: ACCESS_AUDIENCE,
    issuer: ISSUER,
    expiresIn: ttlSeconds,
    header: { alg: ALGORITHM, typ: 'at+jwt' },
  });
}

const keys = new Map<string, KeyObject>();

/**
 * The secret as a key object, made once: given a string, jsonwebtoken first tries it as a
 * public key (createPublicKey throws) on every verification.
 */
function keyOf(secret: string | KeyObject): KeyObject {
  if (typeof secret !== 'string') return secret;
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

interface Verified {
  claims: AccessClaims;
  /** The key it verified with (a token is only valid for the secret that signed it). */
  key: KeyObject;
  /** `exp` in seconds: valid while the current second is before it, as jsonwebtoken checks. */
  exp: number;
}

/**
 * Access tokens that verified, until they expire: a client sends the same token on every
 * request for its lifetime, and checking its signature and claims again each time (jsonwebtoken,
 * HMAC) was about 7% of a small request's CPU (issue 11). Only a token that verified is ever
 * kept, with the key it verified with, so nothing unverified is trusted from here; revocation
 * is unaffected (the session is read on every request). Bounded: least recently used first out.
 */
const verified = new LRUCache<string, Verified>({ max: 20_000 });

/** Verifies with the algorithm pinned; returns null for anything not a valid, current access token. */
export function verifyAccessToken(token: string, secret: string | KeyObject): AccessClaims | null {
  const key = keyOf(secret);
  const known = verified.get(token);
  if (known && known.key === key) {
    if (Math.floor(Date.now() / 1000) < known.exp) return known.claims;
    verified.delete(token);
    return null;
  }
  try {
    const payload = jwt.verify(token, key, {
      algorithms: [ALGORITHM],
      audience: ACCESS_AUDIENCE,
      issuer: ISSUER,
      complete: false,
    });
    if (typeof payload !== 'object' || payload === null) return null;
    const { sub, mid, org, sid, typ, exp } = payload as Record<string, unknown>;
    if (typ !== 'access' || typeof exp !== 'number') return null;
    if (typeof sub !== 'string' || typeof mid !== 'string' || typeof org !== 'string' || typeof sid !== 'string') return null;
    const claims: AccessClaims = Object.freeze({ sub, mid, org, sid });
    verified.set(token, { claims, key, exp });
    return claims;
  } catch {
    return null;
  }
}

/** Opaque refresh tokens: random, shown once, stored as SHA-256. */
export function newRefreshToken(): string {
  return `opr_${randomBytes(32).toString('base64url')}`;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
