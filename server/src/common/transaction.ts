import type { DataSource, EntityManager } from 'typeorm';
import { pgCode } from './pg-errors';

const RETRYABLE = new Set(['40P01', '40001']); // deadlock detected, serialization failure

/**
 * Runs `work` in one transaction, retrying a few times when PostgreSQL aborts it for a
 * deadlock or a serialization failure (safe: the aborted attempt wrote nothing).
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ds.transaction(work);
    } catch (err) {
      const code = pgCode(err);
      if (!code || !RETRYABLE.has(code) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
    }
  }
}
