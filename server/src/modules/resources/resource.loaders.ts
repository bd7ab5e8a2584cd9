import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Resource } from './resource.entity';

/** Per-request loaders of the resources module (spread into common/loaders.ts). Deleted resources load too. */
export function resourceLoaders(ds: DataSource) {
  return {
    resource: new DataLoader<string, Resource | null>(async (ids) => {
      const rows = await ds.getRepository(Resource).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
