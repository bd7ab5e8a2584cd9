import { can, Permission } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import { inTenant, scopedEntities, scopedRead } from '../../common/tenant';
import type { Caller } from '../../common/auth/caller';
import { badInput, forbidden, notFound } from '../../common/errors';
import { Cursor, decodeCursor, pageSize, toPage } from '../../common/pagination';
import { openCopyExport } from './usage-copy';
import { requireId } from '../../common/validate';
import { micros } from '../../common/money';
import { TotalsAsk, TotalsRow, UsageGroupBy } from './usage-summary.sql';
import { runTotals } from './usage.loaders';
import { UsageRecord } from './usage-record.entity';

export interface UsageFilter {
  from?: Date | null;
  to?: Date | null;
  memberId?: string | null;
  resourceId?: string | null;
}

export interface UsageBucket {
  key: string;
  label: string;
  credits: bigint;
  count: number;
}

/** The bucket key of usage that named no resource, or went through a session rather than an API key. */
const NO_KEY = 'none';
const NONE_LABEL: Partial<Record<UsageGroupBy, string>> = {
  [UsageGroupBy.RESOURCE]: 'No resource',
  [UsageGroupBy.API_KEY]: 'No API key (signed-in session)',
};

/** Answers one ask of the rollups: the request's batching loader (usage.loaders.ts), or a direct statement. */
export type TotalsLoad = (ask: TotalsAsk) => Promise<TotalsRow[]>;

/** Reading usage: records, summaries, export. MEMBER and GUEST see only their own records and member row. */
export class UsageService {
  constructor(private readonly ds: DataSource) {}

  /** One read statement in one round trip in the organization (row-level security, scopedRead). */
  private query(org: string, sql: string, params: unknown[]): Promise<unknown[]> {
    return scopedRead(this.ds, { organizationId: org }, sql, params);
  }

  /** Checks a filter against the caller's organization and rights; returns it with ids normalised. */
  async scope(caller: Caller, filter: UsageFilter) {
    const from = filter.from ?? null;
    const to = filter.to ?? null;
    if (from && to && from >= to) throw badInput('`from` must be before `to`.', 'from');
    const org = caller.organizationId;
    let membershipId: string | null = null;
    if (filter.memberId !== null && filter.memberId !== undefined) {
      membershipId = requireId(filter.memberId, 'The member', notFound);
      const [m] = await this.query(org, `SELECT 1 FROM memberships WHERE id = $1 AND organization_id = $2`, [membershipId, org]);
      if (!m) throw notFound('The member');
    }
    if (!can(caller.role, Permission.UsageReadAllMembers)) {
      if (membershipId && membershipId !== caller.membershipId) throw forbidden('You can see only your own usage records.');
      membershipId = caller.membershipId;
    }
    let resourceId: string | null = null;
    if (filter.resourceId !== null && filter.resourceId !== undefined) {
      resourceId = requireId(filter.resourceId, 'The resource', notFound);
      const [r] = await this.query(org, `SELECT 1 FROM resources WHERE id = $1 AND organization_id = $2`, [resourceId, org]);
      if (!r) throw notFound('The resource');
    }
    return { organizationId: org, from, to, membershipId, resourceId };
  }

  /** Asks the rollups directly (no request loader: scripts, tests). */
  private direct(org: string): TotalsLoad {
    return async (ask) => (await inTenant(this.ds, org, (em) => runTotals(em, org, [ask])))[0];
  }

  /** Usage records, newest first (keyset). totalCount comes from the rollups (hourly at the edges), never from counting the records. */
  async records(caller: Caller, filter: UsageFilter & { first?: number | null; after?: string | null }, totals?: TotalsLoad) {
    const size = pageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    const scope = await this.scope(caller, filter);
    const load = totals ?? this.direct(scope.organizationId);
    const rowsQuery = this.page(scope, cursor, size + 1);
    const counted = load({ kind: 'TOTAL', from: scope.from, to: scope.to, membershipId: scope.membershipId, resourceId: scope.resourceId });
    const [rows, total] = await Promise.all([rowsQuery, counted]);
    return { ...toPage(rows, size, (r) => ({ at: r.createdAt, id: r.id })), totalCount: Number(total[0]?.count ?? 0) };
  }

  /** The CSV export of a checked scope, as a COPY stream (usage-copy.ts). */
  openExport(scope: Awaited<ReturnType<UsageService['scope']>>) {
    return openCopyExport(this.ds, scope);
  }

  /**
   * Totals per member, resource, day, operation or API key over [from, to), from the rollups.
   * Organization totals (by resource, day, operation) are for everyone; by member and by API
   * key, MEMBER and GUEST get only their own rows (docs/PRODUCT.md §2).
   */
  async summary(caller: Caller, from: Date, to: Date, groupBy: UsageGroupBy, totals?: TotalsLoad): Promise<UsageBucket[]> {
    if (!(from < to)) throw badInput('`from` must be before `to`.', 'from');
    const own = (groupBy === UsageGroupBy.MEMBER || groupBy === UsageGroupBy.API_KEY) && !can(caller.role, Permission.UsageReadAllMembers);
    const load = totals ?? this.direct(caller.organizationId);
    const rows = await load({ kind: groupBy, from, to, membershipId: own ? caller.membershipId : null, resourceId: null });
    const buckets = rows.map((r) => ({
      key: r.key ?? NO_KEY,
      label: r.key === null ? (NONE_LABEL[groupBy] ?? NO_KEY) : (r.label ?? r.key),
      credits: micros(r.credits),
      count: Number(r.count),
    }));
    if (groupBy === UsageGroupBy.DAY) return buckets.sort((a, b) => a.key.localeCompare(b.key));
    return buckets.sort((a, b) => (a.credits === b.credits ? a.label.localeCompare(b.label) : a.credits > b.credits ? -1 : 1));
  }

  /** A page of records, newest first, after the cursor: one read in one round trip (scopedEntities). */
  private page(scope: Awaited<ReturnType<UsageService['scope']>>, cursor: Cursor | null, limit: number): Promise<UsageRecord[]> {
    const params: unknown[] = [scope.organizationId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['organization_id = $1'];
    if (scope.from) where.push(`created_at >= ${p(scope.from)}::timestamptz`);
    if (scope.to) where.push(`created_at < ${p(scope.to)}::timestamptz`);
    if (scope.membershipId) where.push(`membership_id = ${p(scope.membershipId)}::uuid`);
    if (scope.resourceId) where.push(`resource_id = ${p(scope.resourceId)}::uuid`);
    if (cursor) where.push(`(created_at, id) < (${p(cursor.at)}::timestamptz, ${p(cursor.id)}::uuid)`);
    const tail = `${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ${p(limit)}::int`;
    // prepared: the dashboard's recent activity on every load (planning over the monthly partitions was ~1 ms)
    return scopedEntities(this.ds, { organizationId: scope.organizationId }, UsageRecord, tail, params, { prepared: true });
  }
}
