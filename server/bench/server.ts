/**
 * The benchmark's server, in its own process (as in production): the API over the
 * database in DATABASE_URL, no workers. Prints "READY <url>" once listening.
 */
import 'reflect-metadata';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { answerStats } from './stats';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', PORT: '0', CLIENT_DIST: '/nonexistent' });
  const ds = createDataSource({ url: config.databaseUrl!, poolSize: Number(process.env.BENCH_POOL || 20) });
  await ds.initialize();
  // the S1 section (bench/members.ts) asks how many statements ran: TypeORM tells its logger of each
  let sql = 0;
  const logQuery = ds.logger.logQuery.bind(ds.logger);
  ds.logger.logQuery = (...args) => {
    sql++;
    return logQuery(...args);
  };
  answerStats(() => sql);
  const running = await startApp({ ds, config, modules: [], startWorkers: false }, 0);
  process.stdout.write(`READY ${running.url}\n`);
  const stop = async () => {
    await running.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
