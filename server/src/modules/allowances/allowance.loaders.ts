import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { micros } from '../credits/money';

/** What each member spent this UTC calendar month, from the daily rollup (index org, member, day). */
const USED_THIS_MONTH_SQL = `
  SELECT m.id,
         (SELECT coalesce(sum(d.credits), 0) FROM usage_daily d
           WHERE d.organization_id = m.organization_id AND d.membership_id = m.id
             AND d.day >= date_trunc('month', now() AT TIME ZONE 'UTC')::date) AS used
    FROM memberships m
   WHERE m.id = ANY($1::uuid[])`;

/** Per-request loaders of the allowances module (spread into common/loaders.ts). */
export function allowanceLoaders(ds: DataSource) {
  return {
    usedThisMonth: new DataLoader<string, bigint>(async (membershipIds) => {
      const rows: Array<{ id: string; used: string }> = await ds.query(USED_THIS_MONTH_SQL, [[...membershipIds]]);
      const map = new Map(rows.map((r) => [r.id, micros(r.used)]));
      return membershipIds.map((id) => map.get(id) ?? 0n);
    }),
  };
}
