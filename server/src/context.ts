import type { Role } from '@orgpulse/shared';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AppError, unauthenticated } from './common/errors';
import { createLoaders, Loaders } from './common/loaders';
import { verifyAccessToken } from './common/auth/tokens';
import type { Services } from './services';

/** Who is calling: a membership in one organization, through a session or an API key. */
export interface Caller {
  userId: string;
  membershipId: string;
  organizationId: string;
  role: Role;
  mustChangePassword: boolean;
  /** Set when the caller signed in (access token); null for API keys. */
  sessionId: string | null;
  /** Set when the caller used an API key. */
  apiKeyId: string | null;
  /**
   * The organization requires a second factor and this user has none yet: like a temporary
   * password, only viewer, enrolment and sign-out until they enrol. Never set for API keys.
   */
  mfaEnrollmentRequired?: boolean;
  /** The organization requires a second factor (setRequireMfa). */
  requireMfa?: boolean;
  /** This session passed the second factor (completeMfaLogIn, or enrolled in it). */
  mfaPassed?: boolean;
}

export interface Context {
  ds: DataSource;
  config: Config;
  services: Services;
  loaders: Loaders;
  caller: Caller | null;
  /** Why a presented credential was refused (kept so guarded operations can say so). */
  authError: AppError | null;
  req: Request;
  res: Response;
  ip: string;
}

export interface CallerRow {
  user_id: string;
  membership_id: string;
  organization_id: string;
  role: Role;
  must_change_password: boolean;
  last_active_at: Date | null;
  /** Sessions only (API keys are not affected by the second-factor policy). */
  require_mfa?: boolean;
  mfa_enabled?: boolean;
  mfa_passed?: boolean;
}

const ACTIVE_AGAIN_AFTER_MS = 60_000;

/** Looks up a session's membership; it must be active, with the session unrevoked and unexpired. */
async function callerFromAccessToken(ds: DataSource, token: string, secret: string): Promise<Caller | null> {
  const claims = verifyAccessToken(token, secret);
  if (!claims) return null;
  const rows: CallerRow[] = await ds.query(
    `SELECT m.user_id, m.id AS membership_id, m.organization_id, m.role, u.must_change_password, m.last_active_at,
            o.require_mfa, u.totp_enabled_at IS NOT NULL AS mfa_enabled, s.mfa_passed
       FROM sessions s
       JOIN memberships m ON m.id = s.membership_id
       JOIN users u ON u.id = m.user_id
       JOIN organizations o ON o.id = m.organization_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND m.id = $2 AND m.user_id = $3 AND m.organization_id = $4 AND m.status = 'ACTIVE'`,
    [claims.sid, claims.mid, claims.sub, claims.org],
  );
  const row = rows[0];
  if (!row) return null;
  touchMembership(ds, row);
  return callerFromRow(row, { sessionId: claims.sid, apiKeyId: null });
}

/** A Caller from a membership row read by an authenticator (session or API key). */
export function callerFromRow(row: CallerRow, via: { sessionId: string | null; apiKeyId: string | null }): Caller {
  return {
    userId: row.user_id,
    membershipId: row.membership_id,
    organizationId: row.organization_id,
    role: row.role,
    mustChangePassword: row.must_change_password,
    ...via,
    requireMfa: via.sessionId ? !!row.require_mfa : false,
    mfaEnrollmentRequired: via.sessionId ? !!row.require_mfa && !row.mfa_enabled : false,
    mfaPassed: via.sessionId ? !!row.mfa_passed : false,
  };
}

/** Records activity at most once a minute per membership, without delaying the request. */
export function touchMembership(ds: DataSource, row: { membership_id: string; last_active_at: Date | null }): void {
  if (row.last_active_at && Date.now() - new Date(row.last_active_at).getTime() < ACTIVE_AGAIN_AFTER_MS) return;
  ds.query(`UPDATE memberships SET last_active_at = now() WHERE id = $1`, [row.membership_id]).catch(() => undefined);
}

/** API keys are recognised by their prefix; the api-keys module registers how to check them. */
export type ApiKeyAuthenticator = (ds: DataSource, secret: string) => Promise<Caller | null>;
export const API_KEY_PREFIX = 'opk_';
let apiKeyAuthenticator: ApiKeyAuthenticator | null = null;
export function registerApiKeyAuthenticator(fn: ApiKeyAuthenticator): void {
  apiKeyAuthenticator = fn;
}

export async function buildContext(
  base: { ds: DataSource; config: Config; services: Services },
  req: Request,
  res: Response,
): Promise<Context> {
  const header = req.headers.authorization ?? '';
  const ctx: Context = {
    ...base,
    loaders: createLoaders(base.ds),
    caller: null,
    authError: null,
    req,
    res,
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  };
  if (!header) return ctx;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    ctx.authError = unauthenticated('The Authorization header must be "Bearer <access token or API key>".');
    return ctx;
  }
  const token = match[1];
  if (token.startsWith(API_KEY_PREFIX)) {
    ctx.caller = apiKeyAuthenticator ? await apiKeyAuthenticator(base.ds, token) : null;
    if (!ctx.caller)
      ctx.authError = unauthenticated('This API key is not valid: it may have been revoked, or its member removed or suspended.');
  } else {
    ctx.caller = await callerFromAccessToken(base.ds, token, base.config.jwtSecret);
    if (!ctx.caller) ctx.authError = unauthenticated();
  }
  return ctx;
}
