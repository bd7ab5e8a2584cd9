import DataLoader from 'dataloader';
import type { TenantDb } from '../../common/tenant';
import { Resource } from './resource.entity';

/** Per-request loaders of the resources module (spread into common/loaders.ts). Deleted resources load too. */
export function resourceLoaders(db: TenantDb) {
  return {
    resource: new DataLoader<string, Resource | null>(async (ids) => {
      const rows = await db.entities(Resource, 'id = ANY($1::uuid[])', [[...ids]]);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
