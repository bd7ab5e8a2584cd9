import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { micros } from '../../common/money';
import type { TenantDb } from '../../common/tenant';
import { STATUS_KINDS } from '../mail';
import type { RemovalImpactView } from './member.types';

/**
 * The last delivery error of each member's latest credentials/welcome email (the email
 * behind emailStatus), or null: none sent, delivered, not failed yet, or the admin chose
 * not to email (NOT_SENT), which an older failed email must not contradict.
 */
const EMAIL_ERRORS_SQL = `
  SELECT DISTINCT ON (o.membership_id) o.membership_id, o.last_error
    FROM email_outbox o
    JOIN memberships m ON m.id = o.membership_id
   WHERE o.membership_id = ANY($1::uuid[]) AND o.kind = ANY($2::text[]) AND m.email_status <> 'NOT_SENT'
   ORDER BY o.membership_id, o.created_at DESC, o.id DESC`;

/**
 * What removing each member does (docs/PRODUCT.md §3), one statement for a whole page:
 * resources they created (which stay), their active API keys and live sessions in this
 * organization (which end: a removed member's keys stop at authentication, as for a
 * suspended one), and their credits used this UTC month (from the daily rollup). For a
 * member already removed, nothing is left to end.
 */
const REMOVAL_IMPACT_SQL = `
  SELECT m.id,
         (SELECT count(*) FROM resources r
           WHERE r.organization_id = m.organization_id AND r.created_by_id = m.id AND r.deleted_at IS NULL) AS resources,
         CASE WHEN m.status = 'REMOVED' THEN 0 ELSE (SELECT count(*) FROM api_keys k
           WHERE k.organization_id = m.organization_id AND k.membership_id = m.id AND k.revoked_at IS NULL) END AS api_keys,
         CASE WHEN m.status = 'REMOVED' THEN 0 ELSE (SELECT count(*) FROM sessions s
           WHERE s.organization_id = m.organization_id AND s.membership_id = m.id
             AND s.revoked_at IS NULL AND s.expires_at > now()) END AS sessions,
         (SELECT coalesce(sum(d.credits), 0) FROM usage_daily d
           WHERE d.organization_id = m.organization_id AND d.membership_id = m.id
             AND d.day >= date_trunc('month', now() AT TIME ZONE 'UTC')::date) AS used
    FROM memberships m
   WHERE m.id = ANY($1::uuid[])`;

interface RemovalImpactRow {
  id: string;
  resources: string;
  api_keys: string;
  sessions: string;
  used: string;
}

const toImpact = (r: RemovalImpactRow): RemovalImpactView => ({
  resourcesCreated: Number(r.resources),
  apiKeysRevoked: Number(r.api_keys),
  activeSessions: Number(r.sessions),
  creditsUsedThisMonth: micros(r.used),
});

/** The removal impact of the given members, read inside a transaction or from the pool. */
export async function loadRemovalImpacts(em: Pick<EntityManager, 'query'>, membershipIds: readonly string[]) {
  const rows: RemovalImpactRow[] = await em.query(REMOVAL_IMPACT_SQL, [[...membershipIds]]);
  return new Map(rows.map((r) => [r.id, toImpact(r)]));
}

// a symbol property, not a WeakMap: TypeGraphQL copies a returned plain object into a new instance
const AT_REMOVAL = Symbol('removalImpactAtRemoval');

/** A member just removed answers removalImpact with what the removal ended (then read, now all 0). */
export function setRemovalImpactAtRemoval(member: object, impact: RemovalImpactView): void {
  (member as { [AT_REMOVAL]?: RemovalImpactView })[AT_REMOVAL] = impact;
}

export function removalImpactAtRemoval(member: object): RemovalImpactView | undefined {
  return (member as { [AT_REMOVAL]?: RemovalImpactView })[AT_REMOVAL];
}

/** Per-request loaders of the members module (spread into common/loaders.ts). */
export function memberLoaders(db: TenantDb) {
  return {
    removalImpact: new DataLoader<string, RemovalImpactView | null>(async (membershipIds) => {
      const rows = await db.read<RemovalImpactRow>(REMOVAL_IMPACT_SQL, [[...membershipIds]]);
      const map = new Map(rows.map((r) => [r.id, toImpact(r)]));
      return membershipIds.map((id) => map.get(id) ?? null);
    }),
    emailError: new DataLoader<string, string | null>(async (membershipIds) => {
      const rows = await db.read<{ membership_id: string; last_error: string | null }>(EMAIL_ERRORS_SQL, [
        [...membershipIds],
        [...STATUS_KINDS],
      ]);
      const map = new Map(rows.map((r) => [r.membership_id, r.last_error]));
      return membershipIds.map((id) => map.get(id) ?? null);
    }),
  };
}
