import { NO_RESOURCE } from './usage-daily.entity';
import { Span, splitFine, splitRange, splitWeeks } from './usage-range';
import { ROLLUP_LIST, ROLLUPS } from './usage-rollups.sql';

export enum UsageGroupBy {
  MEMBER = 'MEMBER',
  RESOURCE = 'RESOURCE',
  DAY = 'DAY',
  OPERATION = 'OPERATION',
  API_KEY = 'API_KEY',
}

/** One question for the rollups: a grouping (or the plain total) over [from, to), maybe narrowed to a member or a resource. */
export interface TotalsAsk {
  kind: UsageGroupBy | 'TOTAL';
  from: Date | null;
  to: Date | null;
  /** Only this member's usage (MEMBER/GUEST asking by member or API key, or a member filter). */
  membershipId: string | null;
  resourceId: string | null;
}

/** A grouped row: which ask (its index), the key (null: no resource / no API key), the label, the sums. */
export interface TotalsRow {
  q: number;
  key: string | null;
  label: string | null;
  credits: string;
  count: string;
}

interface Source {
  table: string;
  /** 'm', 'r', 'k': the key is a member, resource or API key id (labels join on it); '' otherwise. */
  dim: string;
  /** The key over the rollup's columns, and over the raw records' (`day`: the UTC day, see below). */
  key: string;
  rawKey: string;
  id: string;
}

const DAY_KEY = (at: string) => `to_char(${at} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
const uuidKey = (table: string, col: string, dim: string): Source => ({ table, dim, key: `${col}::text`, rawKey: `${col}::text`, id: col });

/**
 * Which rollup answers an ask: the one keyed by what it groups by (by member: the API key
 * rollup, keyed by member and key, so a dashboard asking both reads its rows once), or for a
 * day series or a total the smallest one that can apply its filter (operation: a few rows a
 * day). Null: no rollup has both filters (a member AND a resource), see the usage_daily fallback.
 */
function sourceFor(ask: TotalsAsk): Source | null {
  if (ask.membershipId && ask.resourceId) return null;
  const byMember = ask.membershipId !== null;
  const byResource = ask.resourceId !== null;
  const timeKey = (table: string): Source => ({
    table,
    dim: '',
    key: ask.kind === UsageGroupBy.DAY ? 'day' : `''`,
    rawKey: ask.kind === UsageGroupBy.DAY ? DAY_KEY('created_at') : `''`,
    id: 'NULL::uuid',
  });
  switch (ask.kind) {
    case UsageGroupBy.MEMBER:
      return byResource ? null : uuidKey(ROLLUPS.apiKey.table, 'membership_id', 'm');
    case UsageGroupBy.API_KEY:
      return byResource ? null : uuidKey(ROLLUPS.apiKey.table, 'api_key_id', 'k');
    case UsageGroupBy.RESOURCE:
      return byMember ? null : uuidKey(ROLLUPS.resource.table, 'resource_id', 'r');
    case UsageGroupBy.OPERATION:
      return byMember || byResource
        ? null
        : { table: ROLLUPS.operation.table, dim: '', key: 'operation', rawKey: 'operation', id: 'NULL::uuid' };
    default:
      return timeKey(byMember ? ROLLUPS.apiKey.table : byResource ? ROLLUPS.resource.table : ROLLUPS.operation.table);
  }
}

/**
 * How a raw grouping groups the records: by the column itself (a uuid, or the UTC date), its
 * text key and label id made once per group after the sums, not per record (an unaligned 7 days
 * groups ~2,000 partial-hour records four ways: casting each uuid and formatting each day first
 * was ~1.3 of its ~8.7 ms).
 */
function rawGrouping(key: string, id: string): { by: string; key: string; id: string } {
  if (key === `${id}::text`) return { by: id, key: 'g::text', id: 'g' };
  if (key === DAY_KEY('created_at')) return { by: `(created_at AT TIME ZONE 'UTC')::date`, key: `to_char(g, 'YYYY-MM-DD')`, id };
  return { by: key, key: 'g', id };
}

/** The old day × member × resource × operation rollup, for the rare ask no dashboard rollup filters (member AND resource). */
const DAILY_KEY: Record<UsageGroupBy | 'TOTAL', { rollup: string; raw: string; id: string; rawId: string; dim: string }> = {
  MEMBER: { rollup: 'membership_id::text', raw: 'membership_id::text', id: 'membership_id', rawId: 'membership_id', dim: 'm' },
  RESOURCE: {
    rollup: `nullif(resource_id, '${NO_RESOURCE}'::uuid)::text`,
    raw: 'resource_id::text',
    id: `nullif(resource_id, '${NO_RESOURCE}'::uuid)`,
    rawId: 'resource_id',
    dim: 'r',
  },
  DAY: { rollup: `to_char(day, 'YYYY-MM-DD')`, raw: DAY_KEY('created_at'), id: 'NULL::uuid', rawId: 'NULL::uuid', dim: '' },
  OPERATION: { rollup: 'operation', raw: 'operation', id: 'NULL::uuid', rawId: 'NULL::uuid', dim: '' },
  API_KEY: { rollup: 'NULL::text', raw: 'api_key_id::text', id: 'NULL::uuid', rawId: 'api_key_id', dim: 'k' },
  TOTAL: { rollup: `''`, raw: `''`, id: 'NULL::uuid', rawId: 'NULL::uuid', dim: '' },
};

/**
 * Every ask of a request as ONE statement (the dashboard's summaries and its record count:
 * one round trip): whole days from the daily rows of the ask's rollup, whole hours at the
 * edges from its hourly rows, partial hours from usage_records through its (organization,
 * created_at) index, each an index range scan; then grouped per ask and labelled (member,
 * resource and API key names, revoked keys and deleted resources included) in the same
 * statement. Asks over the same span and filters share their reads: each rollup span is
 * read once (a CTE summed by the rollup's whole key, and by day where a day series needs
 * it), each partial hour of records once (a CTE of the few columns the groupings use), and
 * every ask groups those. Row-level security scopes every table to the organization besides
 * `$1`. Exported so a test can EXPLAIN exactly what the API runs.
 */
export function totalsSql(organizationId: string, asks: TotalsAsk[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [organizationId];
  const p = (v: unknown) => `$${params.push(v)}`;
  const parts: string[] = [];
  /** Shared reads: name by what they read, and their bodies in order. */
  const shared = new Map<string, string>();
  const ctes: string[] = [];
  const share = (id: string, body: () => string) => {
    let name = shared.get(id);
    if (!name) {
      name = `s${shared.size}`;
      shared.set(id, name);
      ctes.push(`${name} AS (${body()})`);
    }
    return name;
  };
  const spanId = (span: Span) => `${span.from?.toISOString() ?? ''}/${span.to?.toISOString() ?? ''}`;
  asks.forEach((ask, q) => {
    const src = sourceFor(ask);
    const filterId = `${ask.membershipId ?? ''}/${ask.resourceId ?? ''}`;
    const filters = () =>
      [ask.membershipId && `membership_id = ${p(ask.membershipId)}`, ask.resourceId && `resource_id = ${p(ask.resourceId)}`].filter(
        Boolean,
      ) as string[];
    /**
     * The partial-hour records of the spans (and the ask's filters), read once for every ask
     * over them: one CTE for both edges (one index range scan each), so a range costs one more
     * read to plan, not two.
     */
    const rawRows = (spans: Span[]) =>
      share(`raw/${spans.map(spanId).join('+')}/${filterId}`, () =>
        spans
          .map((span) => {
            const where = ['organization_id = $1', ...filters()];
            if (span.from) where.push(`created_at >= ${p(span.from)}`);
            if (span.to) where.push(`created_at < ${p(span.to)}`);
            return `SELECT membership_id, api_key_id, resource_id, operation, created_at, credits FROM usage_records WHERE ${where.join(' AND ')}`;
          })
          .join(' UNION ALL '),
      );
    const raw = (key: string, id: string, dim: string, spans: Span[]) => {
      if (!spans.length) return;
      const g = rawGrouping(key, id);
      parts.push(
        `SELECT ${q} AS q, '${dim}' AS dim, ${g.key} AS key, ${g.id} AS id, credits, count FROM (SELECT ${g.by} AS g, sum(credits) AS credits, count(*) AS count FROM ${rawRows(spans)} GROUP BY 1) x`,
      );
    };
    if (!src) {
      // member AND resource: usage_daily for whole days, the raw records for partial days
      const k = DAILY_KEY[ask.kind];
      // usage_daily has no API key: that grouping (no API asks it with a resource) reads the records
      const split =
        ask.kind === UsageGroupBy.API_KEY ? { days: null, raw: [{ from: ask.from, to: ask.to }] } : splitRange(ask.from, ask.to);
      if (split.days) {
        const where = ['organization_id = $1', ...filters()];
        if (split.days.fromDay) where.push(`day >= ${p(split.days.fromDay)}::date`);
        if (split.days.toDay) where.push(`day < ${p(split.days.toDay)}::date`);
        parts.push(
          `SELECT ${q} AS q, '${k.dim}' AS dim, ${k.rollup} AS key, ${k.id} AS id, sum(credits) AS credits, sum(count) AS count FROM usage_daily WHERE ${where.join(' AND ')} GROUP BY 3, 4`,
        );
      }
      raw(k.raw, k.rawId, k.dim, split.raw);
      return;
    }
    const split = splitFine(ask.from, ask.to);
    const dim = ROLLUP_LIST.find((d) => d.table === src.table)!;
    const keys = dim.keys;
    // by day only where a day series asks it (an hour's day is its UTC day too)
    const byDay = ask.kind === UsageGroupBy.DAY;
    // whole weeks from the weekly grain where the rollup has one and no day series needs days
    const weekly: ReturnType<typeof splitWeeks> =
      split.days && dim.weeks && !byDay ? splitWeeks(split.days) : { weeks: null, days: split.days ? [split.days] : [] };
    const spansOf = (spans: Span[]) =>
      spans.map((h) => [h.from && `period_start >= ${p(h.from)}`, h.to && `period_start < ${p(h.to)}`].filter(Boolean).join(' AND '));
    /** `period_start` in any of the spans (an open span has no bound on that side). */
    const within = (spans: Span[]) => {
      const each = spansOf(spans).filter(Boolean);
      if (each.length < spans.length) return []; // a span open at both ends: every period
      return [each.length > 1 ? `((${each.join(') OR (')}))` : each[0]];
    };
    /**
     * The whole weeks, whole days and whole edge hours of the range from the ask's rollup, as
     * ONE read shared by every ask of the same rollup, range and filters: the weekly rows, the
     * daily rows before and after them, and the hourly rows of both edges (a range scan of
     * each grain's table), summed by the rollup's whole key (and by day for a day series). One
     * read per rollup, not one per grain and edge: fewer scans to plan and run.
     */
    const rolledRows = () =>
      share(
        `${src.table}/${weekly.weeks ? spanId(weekly.weeks) : '-'}/${weekly.days.map(spanId).join('+')}/${split.hours.map(spanId).join('+')}/${filterId}/${byDay}`,
        () => {
          const arms: string[] = [];
          const day = byDay ? `${DAY_KEY('period_start')}` : `''`;
          const select = (table: string) => `SELECT ${keys.join(', ')}, ${day} AS day, credits, count FROM ${table}`;
          if (weekly.weeks)
            arms.push(`${select(dim.weeks!)} WHERE ${['organization_id = $1', ...filters(), ...within([weekly.weeks])].join(' AND ')}`);
          if (weekly.days.length)
            arms.push(
              `${select(src.table)} WHERE ${['organization_id = $1', 'hourly = false', ...filters(), ...within(weekly.days)].join(' AND ')}`,
            );
          if (split.hours.length)
            arms.push(
              `${select(src.table)} WHERE ${['organization_id = $1', 'hourly = true', ...filters(), ...within(split.hours)].join(' AND ')}`,
            );
          const cols = [...keys, 'day'].join(', ');
          return `SELECT ${cols}, sum(credits) AS credits, sum(count) AS count FROM (${arms.join(' UNION ALL ')}) t GROUP BY ${cols}`;
        },
      );
    if (split.days || split.hours.length)
      parts.push(
        `SELECT ${q} AS q, '${src.dim}' AS dim, ${src.key} AS key, ${src.id} AS id, sum(credits) AS credits, sum(count) AS count FROM ${rolledRows()} GROUP BY 3, 4`,
      );
    raw(src.rawKey, src.id, src.dim, split.raw);
  });
  if (!parts.length)
    return { sql: `SELECT 0 AS q, NULL::text AS key, NULL::text AS label, '0' AS credits, '0' AS count WHERE false`, params };
  return {
    sql: `WITH ${ctes.length ? `${ctes.join(',\n  ')},\n  ` : ''}p AS (${parts.join('\n  UNION ALL ')}),
      g AS (SELECT q, dim, key, id, sum(credits) AS credits, sum(count) AS count FROM p GROUP BY q, dim, key, id)
      SELECT g.q, g.key, coalesce(u.name, r.name, k.name) AS label, g.credits::text AS credits, g.count::text AS count
        FROM g
        LEFT JOIN memberships m ON g.dim = 'm' AND m.id = g.id
        LEFT JOIN users u ON u.id = m.user_id
        LEFT JOIN resources r ON g.dim = 'r' AND r.id = g.id
        LEFT JOIN api_keys k ON g.dim = 'k' AND k.id = g.id`,
    params,
  };
}
