import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';

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

/** Verifies with the algorithm pinned; returns null for anything not a valid, current access token. */
export function verifyAccessToken(token: string, secret: string | KeyObject): AccessClaims | null {
  try {
    const payload = jwt.verify(token, keyOf(secret), {
      algorithms: [ALGORITHM],
      audience: ACCESS_AUDIENCE,
      issuer: ISSUER,
      complete: false,
    });
    if (typeof payload !== 'object' || payload === null) return null;
    const { sub, mid, org, sid, typ, exp } = payload as Record<string, unknown>;
    if (typ !== 'access' || typeof exp !== 'number') return null;
    if (typeof sub !== 'string' || typeof mid !== 'string' || typeof org !== 'string' || typeof sid !== 'string') return null;
    return { sub, mid, org, sid };
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
