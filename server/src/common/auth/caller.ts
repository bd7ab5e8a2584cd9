import type { Role } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import { inTenant } from '../tenant';
import type { PreCharge } from '../rate-limit';

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

/**
 * Turns a presented bearer credential into a Caller, or null when it is not valid. The
 * modules that own credentials provide them (auth: access tokens; api-keys: API keys) and
 * app.ts hands them to buildContext. An authenticator given `charge` may charge it to the
 * caller's organization in its own read and say so in `charge.used` (rate-limit.ts, PreCharge);
 * one that does not leaves it unset, and the request is charged as usual.
 */
export type Authenticator = (dbs: AuthDatabases, credential: string, charge?: PreCharge) => Promise<Caller | null>;

/** The app role's pool, and the system role's for a lookup that cannot know the organization yet (db/databases.ts). */
export interface AuthDatabases {
  app: DataSource;
  system: DataSource;
}

export interface Authenticators {
  accessToken: Authenticator;
  /** Credentials that start with `prefix` are API keys. */
  apiKey: { prefix: string; authenticate: Authenticator };
}

/** The membership columns an authenticator reads to build a Caller. */
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
const touched = new Map<string, number>();

export function touchMembership(ds: DataSource, row: Pick<CallerRow, 'membership_id' | 'organization_id' | 'last_active_at'>): void {
  const now = Date.now();
  if (row.last_active_at && now - new Date(row.last_active_at).getTime() < ACTIVE_AGAIN_AFTER_MS) return;
  // concurrent requests all read the old time: one UPDATE per membership and minute from this process
  const last = touched.get(row.membership_id);
  if (last !== undefined && now - last < ACTIVE_AGAIN_AFTER_MS) return;
  if (touched.size > 10_000) touched.clear();
  touched.set(row.membership_id, now);
  inTenant(ds, row.organization_id, (em) =>
    em.query(`UPDATE memberships SET last_active_at = now() WHERE id = $1`, [row.membership_id]),
  ).catch(() => undefined);
}
