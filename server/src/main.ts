import 'reflect-metadata';
import { loadConfig } from './config';
import { initProcessLogger } from './common/logging';
import { migrate, openDatabases } from './db/databases';
import { startEmbeddedPostgres, EmbeddedDatabase } from './db/embedded';
import { startApp } from './app';
import { appModules } from './modules';

/**
 * Startup failures (bad configuration, no database, an embedded PostgreSQL that cannot run)
 * end the process with one line that says why, never a stack trace: also for errors thrown
 * outside the awaited chain (a child process's 'error' event) until the server is up.
 */
function startupFailed(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`orgpulse could not start: ${message.split('\n')[0].trim() || 'unknown error'}\n`);
  process.exit(1);
}
const log = initProcessLogger();

async function main(): Promise<void> {
  process.on('uncaughtException', startupFailed);
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
    log.info(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.dataDir})`);
    embedded = await startEmbeddedPostgres(config.dataDir, port, (m) => log.info({ module: 'embedded-postgres' }, m));
    url = embedded.url;
  }
  // migrations as the owner, under the migration lock (nodes starting at once take turns), with
  // no statement timeout (they may run long); then the app connects as its own roles, row-level
  // security applying (db/databases.ts)
  const urls = { owner: url, app: config.appDatabaseUrl, system: config.systemDatabaseUrl };
  const ran = await migrate(urls, { ...config.db, statementTimeoutMs: 0 });
  log.info({ migrations: ran }, `applied ${ran.length} migration(s)`);
  const { app: ds, system: systemDs } = await openDatabases(urls, { timeouts: config.db, poolSize: config.dbPoolSize });
  const modules = appModules(config);
  const running = await startApp({
    ds,
    systemDs,
    config,
    modules: modules.list,
    notifier: modules.notifier,
    billingNotifier: modules.billingNotifier,
    logger: log,
  });
  const port = new URL(running.url).port;
  process.off('uncaughtException', startupFailed);
  log.info({ port: Number(port) }, `orgpulse is running: open http://localhost:${port} (GraphQL at /graphql, playground at /graphiql)`);
  if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1') {
    log.info(`listening on ${config.host}: reachable from other machines (HOST)`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await running.stop();
      await ds.destroy();
      await systemDs.destroy();
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch(startupFailed);
