import { formatCredits } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import { setScope } from '../../common/tenant';
import { micros } from '../../common/money';
import { NO_RESOURCE } from './usage-daily.entity';
import { rollupMismatchSql, ROLLUP_LIST, weeklyMismatchSql, WEEKLY_ROLLUPS } from './usage-rollups.sql';

export interface ReconcileReport {
  organizationId: string;
  ok: boolean;
  balance: string;
  ledgerSum: string;
  usageRecords: number;
  problems: string[];
}

/**
 * Proves the money invariants for one organization on one consistent snapshot:
 * balance = sum(ledger); every usage record has its USAGE entry of the same amount and
 * the other way round; the daily rollup and each dashboard rollup (day and hour × member,
 * resource, operation, API key; week × resource, API key) equal the raw records; the balance row lists
 * exactly the members with a monthly allowance (so none of them can spend on the fast
 * path). Usage older than the retention's horizon (USAGE_RETENTION_MONTHS) is checked
 * only through the balance and the rollups: its raw records were dropped. Reads everything: an
 * audit to run from tests, the CLI (src/scripts/reconcile.ts) or a job, not per request.
 */
export async function reconcile(ds: DataSource, organizationId: string): Promise<ReconcileReport> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await setScope(qr, { organizationId }); // row-level security: the app role sees this organization only
    const q = (sql: string) => qr.query(sql, [organizationId]);
    // usage before the retention's horizon has no raw records any more (usage-partitions.ts): the
    // raw-against-rollup and ledger-against-record checks start there; balance = ledger covers all
    const [{ raw_from: rawFrom }] = await qr.query(`SELECT raw_from FROM usage_retention`);
    const qh = (sql: string) => qr.query(sql, [organizationId, rawFrom]);
    const [bal] = await q(`SELECT balance FROM credit_balances WHERE organization_id = $1`);
    const [ledger] = await q(`SELECT coalesce(sum(amount), 0) AS sum, count(*) AS n FROM credit_transactions WHERE organization_id = $1`);
    // a record's created_at is its entry's (the spend writes both from the entry): the join prunes to one partition
    const [links] = await qh(`
      SELECT count(*) FILTER (WHERE ur.id IS NULL) AS entries_without_record,
             count(*) FILTER (WHERE ur.id IS NOT NULL AND ur.credits <> -ct.amount) AS amount_mismatches
        FROM credit_transactions ct
        LEFT JOIN usage_records ur ON ur.transaction_id = ct.id AND ur.created_at = ct.created_at
       WHERE ct.organization_id = $1 AND ct.kind = 'USAGE' AND ($2::timestamptz IS NULL OR ct.created_at >= $2)`);
    const [orphans] = await q(`
      SELECT count(*) AS n, coalesce(sum(credits), 0) AS credits FROM usage_records ur
       WHERE ur.organization_id = $1
         AND NOT EXISTS (SELECT 1 FROM credit_transactions ct WHERE ct.id = ur.transaction_id AND ct.kind = 'USAGE' AND ct.organization_id = $1)`);
    // unique (transaction_id, created_at) is per partition key; with the created_at check above, one record per entry
    const [records] = await q(
      `SELECT count(*) AS n, count(DISTINCT transaction_id) AS entries FROM usage_records WHERE organization_id = $1`,
    );
    const [rollup] = await qh(`
      WITH raw AS (
        SELECT (created_at AT TIME ZONE 'UTC')::date AS day, membership_id, coalesce(resource_id, '${NO_RESOURCE}'::uuid) AS resource_id,
               operation, sum(credits) AS credits, count(*) AS count
          FROM usage_records WHERE organization_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2) GROUP BY 1, 2, 3, 4
      ), rolled AS (SELECT day, membership_id, resource_id, operation, credits, count FROM usage_daily
                     WHERE organization_id = $1 AND ($2::timestamptz IS NULL OR day >= ($2::timestamptz AT TIME ZONE 'UTC')::date))
      SELECT count(*) AS mismatches FROM raw FULL OUTER JOIN rolled USING (day, membership_id, resource_id, operation)
       WHERE raw.credits IS DISTINCT FROM rolled.credits OR raw.count IS DISTINCT FROM rolled.count`);
    // the dashboard's day, hour and week rollups, each against the raw records
    const dashboard: Array<{ table: string; mismatches: number }> = [];
    for (const d of ROLLUP_LIST) dashboard.push({ table: d.table, mismatches: Number((await qh(rollupMismatchSql(d)))[0].mismatches) });
    for (const w of WEEKLY_ROLLUPS) dashboard.push({ table: w.table, mismatches: Number((await qh(weeklyMismatchSql(w)))[0].mismatches) });
    // the spend's routing set on the balance row names exactly the members with an allowance
    const [routing] = await q(`
      SELECT count(*) AS mismatches FROM
        (SELECT unnest(allowance_member_ids) AS id FROM credit_balances WHERE organization_id = $1) r
        FULL OUTER JOIN (SELECT id FROM memberships WHERE organization_id = $1 AND monthly_allowance IS NOT NULL) m USING (id)
       WHERE r.id IS NULL OR m.id IS NULL`);
    await qr.query('COMMIT');

    const balance = bal ? micros(bal.balance) : 0n;
    const ledgerSum = micros(ledger.sum);
    const problems: string[] = [];
    if (balance !== ledgerSum) problems.push(`balance ${formatCredits(balance)} differs from the ledger's sum ${formatCredits(ledgerSum)}`);
    if (Number(links.entries_without_record)) problems.push(`${links.entries_without_record} USAGE entries have no usage record`);
    if (Number(links.amount_mismatches)) problems.push(`${links.amount_mismatches} usage records differ from their ledger entry`);
    if (Number(orphans.n)) problems.push(`${orphans.n} usage records have no USAGE entry`);
    if (Number(records.n) !== Number(records.entries))
      problems.push(`${Number(records.n) - Number(records.entries)} usage records share a USAGE entry with another`);
    if (Number(routing.mismatches))
      problems.push(`${routing.mismatches} members differ between their allowance and the balance row's allowance_member_ids`);
    if (Number(rollup.mismatches)) problems.push(`${rollup.mismatches} daily rollup rows differ from the raw records`);
    for (const d of dashboard) if (d.mismatches) problems.push(`${d.mismatches} ${d.table} rollup rows differ from the raw records`);
    return {
      organizationId,
      ok: problems.length === 0,
      balance: formatCredits(balance),
      ledgerSum: formatCredits(ledgerSum),
      usageRecords: Number(records.n),
      problems,
    };
  } catch (err) {
    await qr.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await qr.release();
  }
}
