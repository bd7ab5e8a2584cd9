/**
 * The benchmark's server, in its own process (as in production): the API over the
 * database in DATABASE_URL, no workers. Prints "READY <url>" once listening.
 */
import 'reflect-metadata';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabases } from '../src/db/databases';
import { answerStats } from './stats';
import { usageExportModule } from '../src/modules/usage/usage-export';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', PORT: '0', CLIENT_DIST: '/nonexistent' });
  // as in production: the app role (row-level security) and the system role, each its own pool
  const { app: ds, system: systemDs } = await openDatabases(
    { owner: config.databaseUrl!, app: config.appDatabaseUrl, system: config.systemDatabaseUrl },
    { poolSize: Number(process.env.BENCH_POOL || 20), timeouts: config.db },
  );
  // the S1 section (bench/members.ts) asks how many statements ran: TypeORM tells its logger of each
  let sql = 0;
  for (const d of [ds, systemDs]) {
    const logQuery = d.logger.logQuery.bind(d.logger);
    d.logger.logQuery = (...args) => {
      sql++;
      return logQuery(...args);
    };
  }
  answerStats(() => sql);
  // the CSV export route (bench/csv.ts); no workers
  const running = await startApp({ ds, systemDs, config, modules: [usageExportModule()], startWorkers: false }, 0);
  process.stdout.write(`READY ${running.url}\n`);
  const stop = async () => {
    await running.stop();
    await ds.destroy();
    await systemDs.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
