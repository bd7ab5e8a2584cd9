import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * The database roles (docs/security.md, "Row-level security"). Migrations run as the owner
 * (DATABASE_URL); the app then connects as two login roles that own nothing:
 * - APP_ROLE: every request. Not superuser, not BYPASSRLS: row-level security applies.
 * - SYSTEM_ROLE: BYPASSRLS, for the few paths that must cross organizations before a tenant
 *   is known (API key and refresh-token lookups, the login throttle, the mail and webhook workers).
 */
export const APP_ROLE = 'orgpulse_app';
export const SYSTEM_ROLE = 'orgpulse_system';

export type DbRole = typeof APP_ROLE | typeof SYSTEM_ROLE;

/** A role's password derived from the owner's (so the embedded default needs no setting); null when the owner has none (trust). */
function derivedPassword(ownerUrl: string, role: DbRole): string | null {
  const owner = decodeURIComponent(new URL(ownerUrl).password);
  if (!owner) return null;
  return createHash('sha256').update(`orgpulse-role:${role}:${owner}`).digest('base64url');
}

/** The owner URL with the role's name and derived password: same server, same database. */
export function roleUrl(ownerUrl: string, role: DbRole): string {
  const u = new URL(ownerUrl);
  u.username = role;
  u.password = derivedPassword(ownerUrl, role) ?? '';
  return u.toString();
}

const ATTRIBUTES: Record<DbRole, string> = {
  [APP_ROLE]: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS',
  [SYSTEM_ROLE]: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION BYPASSRLS',
};

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Creates both roles with their derived passwords when they do not exist. Roles belong to
 * the whole cluster and other processes may be creating them at the same moment: creation
 * tolerates a concurrent twin (duplicate_object, or unique_violation on pg_authid), an
 * existing role is left as it is (only a missing password is set), and nothing is dropped.
 */
export async function ensureRoles(ownerUrl: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const role of [APP_ROLE, SYSTEM_ROLE] as const) {
      const password = derivedPassword(ownerUrl, role);
      const withPassword = password ? ` PASSWORD ${literal(password)}` : '';
      await client.query(`DO $$ BEGIN
          CREATE ROLE ${role} ${ATTRIBUTES[role]}${withPassword};
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
      if (!password) continue;
      // created earlier without a password (e.g. by the migration alone): give it the derived one
      // (pg_authid is for superusers: an owner that cannot read it manages the roles itself)
      const rows = await client
        .query(`SELECT rolpassword IS NULL AS missing FROM pg_authid WHERE rolname = $1`, [role])
        .then((r) => r.rows as Array<{ missing: boolean }>)
        .catch(() => []);
      const row = rows[0];
      if (row?.missing) {
        await client.query(`ALTER ROLE ${role} PASSWORD ${literal(password)}`).catch((err: { code?: string }) => {
          if (err.code !== 'XX000') throw err; // "tuple concurrently updated": another process set it
        });
      }
    }
  } finally {
    await client.end();
  }
}
