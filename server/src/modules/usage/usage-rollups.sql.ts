/**
 * The dashboard's rollups (issue 11 S2, issue 14): one table per question the dashboard
 * asks, each at two grains, UTC days and UTC hours (`hourly`), so a range of any alignment
 * reads whole days, whole hours at its edges, and at most two partial hours of raw records.
 *
 *   usage_by_member     (membership_id)                by member; a member's own totals
 *   usage_by_resource   (resource_id, NULL: none)      by resource
 *   usage_by_operation  (operation)                    by operation, by day, the totals
 *   usage_by_api_key    (membership_id, api_key_id, NULL: a session)  by API key; a member's own keys
 *
 * The two with many keys a period (by API key: a member and key each; by resource) also have
 * a weekly grain, tables of their own (`<table>_weeks`, no `hourly`; weeks from Monday 00:00
 * UTC), so a 180-day range reads ~25 weekly rows a key and at most twelve daily ones, not 180
 * (issue 11 S2). A day series still reads days: it asks per day. A trigger on the daily rows
 * keeps them (migration UsageRollupWeeks1796810000000): each change of a day row goes to its
 * week in the same transaction, so the spend statement writes days and hours only.
 *
 * They are incremented in the spend statement itself (spend.sql.ts), from the rows it has
 * just inserted, so they are exact the moment the spend commits; reconcile() proves each
 * equals the raw records. No entities: only these statements read and write them (like
 * rate_limit_windows). The nullable keys use UNIQUE NULLS NOT DISTINCT (PostgreSQL 15) so
 * a NULL key is one row per period, and ON CONFLICT finds it.
 */

export interface RollupDimension {
  table: string;
  /** The key columns after (organization_id, hourly, period_start). */
  keys: string[];
  /** Its weekly grain's table (organization_id, period_start, keys…), if it has one. */
  weeks?: string;
}

export const ROLLUPS = {
  member: { table: 'usage_by_member', keys: ['membership_id'] },
  resource: { table: 'usage_by_resource', keys: ['resource_id'], weeks: 'usage_by_resource_weeks' },
  operation: { table: 'usage_by_operation', keys: ['operation'] },
  apiKey: { table: 'usage_by_api_key', keys: ['membership_id', 'api_key_id'], weeks: 'usage_by_api_key_weeks' },
} satisfies Record<string, RollupDimension>;

export const ROLLUP_LIST: RollupDimension[] = Object.values(ROLLUPS);

/** The weekly grains, each as a rollup of its own (no `hourly`). */
export const WEEKLY_ROLLUPS: Array<{ table: string; keys: string[] }> = ROLLUP_LIST.filter((d) => d.weeks).map((d) => ({
  table: d.weeks!,
  keys: d.keys,
}));

/** The start of the record's UTC week (Monday 00:00; 1970-01-05 was a Monday), as usage-range.ts splitWeeks counts them. */
const weekStart = (at: string) => `date_bin(interval '7 days', ${at}, timestamptz '1970-01-05 00:00:00+00')`;

/** The start of the record's UTC hour or day (date_bin from the epoch: no session time zone involved). */
const periodStart = (hourly: string, at: string) =>
  `date_bin(CASE WHEN ${hourly} THEN interval '1 hour' ELSE interval '1 day' END, ${at}, timestamptz '1970-01-01 00:00:00+00')`;

/** Both grains of one set of usage rows, grouped by a dimension's key. */
function grouped(d: RollupDimension, from: string): string {
  const keys = d.keys.join(', ');
  return `SELECT organization_id, g.hourly, ${periodStart('g.hourly', 'created_at')} AS period_start, ${keys}, sum(credits) AS credits, count(*) AS count
    FROM ${from} CROSS JOIN (VALUES (false), (true)) g(hourly)
   GROUP BY organization_id, g.hourly, 3, ${keys}`;
}

/** An increment-upsert of one rollup by the usage rows in `from` (a CTE or a table). */
function rollupUpsert(d: RollupDimension, from: string): string {
  return `INSERT INTO ${d.table} AS r (organization_id, hourly, period_start, ${d.keys.join(', ')}, credits, count)
  ${grouped(d, from)}
  ON CONFLICT (organization_id, hourly, period_start, ${d.keys.join(', ')})
  DO UPDATE SET credits = r.credits + EXCLUDED.credits, count = r.count + EXCLUDED.count`;
}

/** One set of usage rows grouped by week and a dimension's key. */
function groupedWeeks(w: { keys: string[] }, from: string): string {
  const keys = w.keys.join(', ');
  return `SELECT organization_id, ${weekStart('created_at')} AS period_start, ${keys}, sum(credits) AS credits, count(*) AS count
    FROM ${from} GROUP BY organization_id, 2, ${keys}`;
}

/**
 * CTEs (", name AS (...)" each) that add the usage rows of `from` to every rollup, for a
 * data-modifying WITH statement such as the spend's (the weekly grains follow the daily rows
 * by their trigger).
 */
export function rollupCtes(from: string): string {
  return ROLLUP_LIST.map((d) => `, ${d.table}_up AS (${rollupUpsert(d, from)})`).join('');
}

/**
 * Rebuilds every rollup of the organizations matching `where` (on usage_records) from the
 * raw records (the weekly grains by their trigger, from the daily rows): the bench seeder and
 * tests that seed in SQL. The caller deletes what was there
 * first, or starts from empty tables. In key order (organization, grain, period), as the
 * spend's increments lay them down over time: a period's rows share pages (migration
 * UsageRollupsOrdered1796800000000).
 */
export function rollupRebuildStatements(where = 'true'): string[] {
  return ROLLUP_LIST.map(
    (d) => `INSERT INTO ${d.table} (organization_id, hourly, period_start, ${d.keys.join(', ')}, credits, count)
    ${grouped(d, `(SELECT * FROM usage_records WHERE ${where}) u`)}
    ORDER BY organization_id, g.hourly, 3`,
  );
}

/** For reconcile(): rows of one rollup that differ from the raw records ($1 the organization, $2 the raw records' horizon or null). */
export function rollupMismatchSql(d: RollupDimension): string {
  const keys = d.keys.join(', ');
  return `
    WITH raw AS (${grouped(d, `(SELECT * FROM usage_records WHERE organization_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2)) u`)}),
         rolled AS (SELECT organization_id, hourly, period_start, ${keys}, credits, count FROM ${d.table}
                     WHERE organization_id = $1 AND ($2::timestamptz IS NULL OR period_start >= $2))
    SELECT count(*) AS mismatches FROM raw FULL OUTER JOIN rolled
        ON raw.hourly = rolled.hourly AND raw.period_start = rolled.period_start
       AND ${d.keys.map((k) => `raw.${k} IS NOT DISTINCT FROM rolled.${k}`).join(' AND ')}
     WHERE raw.credits IS DISTINCT FROM rolled.credits OR raw.count IS DISTINCT FROM rolled.count`;
}

/**
 * For reconcile(): rows of one weekly rollup that differ from the raw records ($1 the
 * organization, $2 the raw records' horizon or null: only weeks that start at or after it,
 * whose records are all still there).
 */
export function weeklyMismatchSql(w: { table: string; keys: string[] }): string {
  const keys = w.keys.join(', ');
  return `
    WITH raw AS (${groupedWeeks(w, `(SELECT * FROM usage_records WHERE organization_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2)) u`)}),
         rolled AS (SELECT organization_id, period_start, ${keys}, credits, count FROM ${w.table}
                     WHERE organization_id = $1 AND ($2::timestamptz IS NULL OR period_start >= $2))
    SELECT count(*) AS mismatches FROM (SELECT * FROM raw WHERE $2::timestamptz IS NULL OR period_start >= $2) raw FULL OUTER JOIN rolled
        ON raw.period_start = rolled.period_start
       AND ${w.keys.map((k) => `raw.${k} IS NOT DISTINCT FROM rolled.${k}`).join(' AND ')}
     WHERE raw.credits IS DISTINCT FROM rolled.credits OR raw.count IS DISTINCT FROM rolled.count`;
}
