import { NO_RESOURCE } from './usage-daily.entity';
import { RangeParts } from './usage-range';

export enum UsageGroupBy {
  MEMBER = 'MEMBER',
  RESOURCE = 'RESOURCE',
  DAY = 'DAY',
  OPERATION = 'OPERATION',
}

export interface UsageScope {
  organizationId: string;
  /** Only this member's usage (MEMBER/GUEST asking by member, or a member filter). */
  membershipId?: string | null;
  resourceId?: string | null;
}

const KEY: Record<UsageGroupBy, { rollup: string; raw: string }> = {
  MEMBER: { rollup: 'membership_id::text', raw: 'membership_id::text' },
  RESOURCE: { rollup: `nullif(resource_id, '${NO_RESOURCE}'::uuid)::text`, raw: 'resource_id::text' },
  DAY: { rollup: `to_char(day, 'YYYY-MM-DD')`, raw: `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')` },
  OPERATION: { rollup: 'operation', raw: 'operation' },
};

/**
 * The summary as SQL: whole days from usage_daily (a few rows per day), partial-day edges
 * from usage_records through its (organization, created_at) index. Exported so a test can
 * EXPLAIN exactly what the API runs.
 */
export function summarySql(scope: UsageScope, parts: RangeParts, groupBy: UsageGroupBy | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [scope.organizationId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const member = scope.membershipId ? p(scope.membershipId) : null;
  const resource = scope.resourceId ? p(scope.resourceId) : null;
  const key = groupBy ? KEY[groupBy] : { rollup: `''`, raw: `''` };
  const selects: string[] = [];
  if (parts.days) {
    const where = ['organization_id = $1'];
    if (parts.days.fromDay) where.push(`day >= ${p(parts.days.fromDay)}::date`);
    if (parts.days.toDay) where.push(`day < ${p(parts.days.toDay)}::date`);
    if (member) where.push(`membership_id = ${member}`);
    if (resource) where.push(`resource_id = ${resource}`);
    selects.push(`SELECT ${key.rollup} AS key, credits, count FROM usage_daily WHERE ${where.join(' AND ')}`);
  }
  for (const edge of parts.raw) {
    const where = ['organization_id = $1', `created_at >= ${p(edge.from)}`, `created_at < ${p(edge.to)}`];
    if (member) where.push(`membership_id = ${member}`);
    if (resource) where.push(`resource_id = ${resource}`);
    selects.push(`SELECT ${key.raw} AS key, credits, 1 AS count FROM usage_records WHERE ${where.join(' AND ')}`);
  }
  if (!selects.length) return { sql: `SELECT NULL::text AS key, 0::numeric AS credits, 0::numeric AS count WHERE false`, params };
  return {
    sql: `SELECT key, sum(credits) AS credits, sum(count) AS count FROM (${selects.join(' UNION ALL ')}) parts GROUP BY key`,
    params,
  };
}
