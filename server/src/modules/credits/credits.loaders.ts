import DataLoader from 'dataloader';
import type { TenantDb } from '../../common/tenant';
import { CreditBalanceView } from './credits.types';
import { loadBalances, toBalanceView } from './balance.rows';
import { loadRunwayBases, RunwayBasis } from './runway';

/** Per-request loaders of the credits module (spread into common/loaders.ts). */
export function creditLoaders(db: TenantDb) {
  return {
    creditBalance: new DataLoader<string, CreditBalanceView | null>(async (orgIds) => {
      const rows = await loadBalances(db.reader, orgIds);
      const map = new Map(rows.map((r) => [r.organization_id, toBalanceView(r)]));
      return orgIds.map((id) => map.get(id) ?? null);
    }),
    runwayBasis: new DataLoader<string, RunwayBasis | null>(async (orgIds) => {
      const map = await loadRunwayBases(db.reader, orgIds);
      return orgIds.map((id) => map.get(id) ?? null);
    }),
  };
}
