import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from './migrations';

/** Limits of every pooled connection, in milliseconds (0: none); config.ts reads them from DB_*. */
interface DatabaseTimeouts {
  /** PostgreSQL cancels a statement running (or waiting for a lock) longer than this: SQLSTATE 57014. */
  statementTimeoutMs: number;
  /** PostgreSQL ends a session left idle inside a transaction this long, releasing its locks. */
  idleInTransactionTimeoutMs: number;
  /** Waiting for a new connection (or for a free pool slot) fails after this. */
  connectTimeoutMs: number;
}

const DEFAULT_DB_TIMEOUTS: DatabaseTimeouts = {
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 30_000,
  connectTimeoutMs: 5_000,
};

export interface DataSourceOptions {
  url: string;
  /** Pool size; the default suits a 2-core machine. */
  poolSize?: number;
  logging?: boolean;
  timeouts?: Partial<DatabaseTimeouts>;
}

/** The one way to build a TypeORM data source: entities and migrations, never `synchronize`. */
export function createDataSource({ url, poolSize = 20, logging = false, timeouts = {} }: DataSourceOptions): DataSource {
  const t = { ...DEFAULT_DB_TIMEOUTS, ...timeouts };
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging,
    // pg sends statement_timeout and idle_in_transaction_session_timeout as startup
    // parameters of each connection, so they hold for every query, transactions included
    extra: {
      max: poolSize,
      connectionTimeoutMillis: t.connectTimeoutMs,
      statement_timeout: t.statementTimeoutMs,
      idle_in_transaction_session_timeout: t.idleInTransactionTimeoutMs,
      application_name: 'orgpulse',
    },
  });
}
