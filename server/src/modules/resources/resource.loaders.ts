import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { TenantDb } from '../../common/tenant';
import { Resource } from './resource.entity';

/** Per-request loaders of the resources module (spread into common/loaders.ts). Deleted resources load too. */
export function resourceLoaders(db: TenantDb) {
  return {
    resource: new DataLoader<string, Resource | null>(async (ids) => {
      const rows = await db.run((em) => em.getRepository(Resource).findBy({ id: In([...ids]) }));
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
