import type { DataSource, Logger } from 'typeorm';
import type { TestApp } from './app';

/**
 * Runs `work` and counts the SQL statements the server sent meanwhile, on every pool the app
 * queries through (the app role's, the system role's and the owner's), so a count of zero
 * means no SQL ran, not that the wrong pool was watched. A hot read's PREPARE (once per pooled
 * connection and statement, common/tenant.ts) is not counted: it is not part of any one request.
 */
export async function countStatements<T>(
  t: Pick<TestApp, 'ds' | 'appDs' | 'systemDs'>,
  work: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  let statements = 0;
  const pools: DataSource[] = [t.appDs, t.systemDs, t.ds];
  const saved = pools.map((ds) => ds.logger);
  const noop = () => undefined;
  const counting: Logger = {
    logQuery: (sql: string) => {
      if (!sql.startsWith('PREPARE ')) statements += 1;
    },
    logQueryError: noop,
    logQuerySlow: noop,
    logSchemaBuild: noop,
    logMigration: noop,
    log: noop,
  };
  // DataSource.logger is read-only in its types; the tests swap it for the duration of `work`
  pools.forEach((ds) => Object.assign(ds, { logger: counting }));
  try {
    const result = await work();
    return { result, statements };
  } finally {
    pools.forEach((ds, i) => Object.assign(ds, { logger: saved[i] }));
  }
}
