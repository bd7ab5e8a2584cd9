import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /** Pool size; the default suits a 2-core machine. */
  poolSize?: number;
  logging?: boolean;
}

/** The one way to build a TypeORM data source: entities and migrations, never `synchronize`. */
export function createDataSource({ url, poolSize = 20, logging = false }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging,
    extra: { max: poolSize, connectionTimeoutMillis: 5000, application_name: 'orgpulse' },
  });
}
