import type { DataSource, Migration } from 'typeorm';

/** The advisory lock every orgpulse process takes around migrations (two int4 keys: "orgp", 1). */
export const MIGRATION_LOCK: readonly [number, number] = [0x6f726770, 1];

/**
 * Runs the pending migrations while holding a PostgreSQL session-level advisory lock, so
 * nodes starting at once migrate one after the other: the first applies them, the others
 * wait, then find nothing left to do. TypeORM's runMigrations takes no lock of its own.
 * The lock is held by one dedicated connection and ends with it: a node that dies while
 * migrating releases it (its half-done migration rolled back, each runs in a transaction).
 */
export async function runMigrationsLocked(ds: DataSource): Promise<Migration[]> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    try {
      return await ds.runMigrations({ transaction: 'each' });
    } finally {
      await qr.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]);
    }
  } finally {
    await qr.release();
  }
}
