import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { TenantDb } from '../../common/tenant';
import { TotalsAsk, TotalsRow, totalsSql, UsageGroupBy } from './usage-summary.sql';

const sameRange = (a: TotalsAsk, b: TotalsAsk) =>
  a.from?.getTime() === b.from?.getTime() &&
  a.to?.getTime() === b.to?.getTime() &&
  a.membershipId === b.membershipId &&
  a.resourceId === b.resourceId;

/**
 * Answers asks in one statement (totalsSql). A plain total over the same range and filters
 * as a day series in the same batch is the sum of that series (the dashboard's record count
 * beside its chart): no second scan.
 */
export async function runTotals(
  em: Pick<EntityManager, 'query'>,
  organizationId: string,
  asks: readonly TotalsAsk[],
): Promise<TotalsRow[][]> {
  const derivedFrom = asks.map((a) => (a.kind === 'TOTAL' ? asks.findIndex((b) => b.kind === UsageGroupBy.DAY && sameRange(a, b)) : -1));
  const own = asks.map((_, i) => i).filter((i) => derivedFrom[i] < 0);
  const { sql, params } = totalsSql(
    organizationId,
    own.map((i) => asks[i]),
  );
  const rows: TotalsRow[] = await em.query(sql, params);
  const out: TotalsRow[][] = asks.map(() => []);
  for (const r of rows) out[own[Number(r.q)]].push(r);
  derivedFrom.forEach((d, i) => {
    if (d < 0) return;
    let credits = 0n;
    let count = 0n;
    for (const r of out[d]) {
      credits += BigInt(r.credits);
      count += BigInt(r.count);
    }
    out[i] = [{ q: i, key: '', label: null, credits: String(credits), count: String(count) }];
  });
  return out;
}

/**
 * Per-request loader of the usage module (spread into src/loaders.ts): every usageSummary and
 * usageRecords.totalCount of one request go to PostgreSQL together, in one statement (one round trip),
 * prepared: one text per shape of range (whole weeks, days, edge hours, partial hours) and asks,
 * planned once per connection (planning was 4 of ~13 ms of an unaligned 7 days' SQL, issue 11). The
 * batch is scheduled after the event loop's current turn (setImmediate) so that resolvers
 * that awaited a check first still join it.
 */
export function usageLoaders(db: TenantDb) {
  return {
    usageTotals: new DataLoader<TotalsAsk, TotalsRow[], string>(
      async (asks) => (db.organizationId ? runTotals(db.reader, db.organizationId, asks) : asks.map(() => [])),
      { cacheKeyFn: (a) => JSON.stringify(a), batchScheduleFn: (dispatch) => setImmediate(dispatch) },
    ),
  };
}
