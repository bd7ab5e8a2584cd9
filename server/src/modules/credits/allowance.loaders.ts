import DataLoader from 'dataloader';
import type { TenantDb } from '../../common/tenant';
import { micros } from '../../common/money';
import { usedThisMonthSql } from './balance.rows';

/** What each member spent this UTC calendar month, from the daily rollup (index org, member, day). */
const USED_THIS_MONTH_SQL = `
  SELECT m.id, ${usedThisMonthSql('m.organization_id', 'm.id')} AS used
    FROM memberships m
   WHERE m.id = ANY($1::uuid[])`;

/** Per-request loaders of the allowances module (spread into src/loaders.ts). */
export function allowanceLoaders(db: TenantDb) {
  return {
    usedThisMonth: new DataLoader<string, bigint>(async (membershipIds) => {
      const rows = await db.read<{ id: string; used: string }>(USED_THIS_MONTH_SQL, [[...membershipIds]]);
      const map = new Map(rows.map((r) => [r.id, micros(r.used)]));
      return membershipIds.map((id) => map.get(id) ?? 0n);
    }),
  };
}
