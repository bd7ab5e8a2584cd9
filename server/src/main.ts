import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { initProcessLogger } from './common/logging';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres, EmbeddedDatabase } from './db/embedded';
import { startApp } from './app';
import { appModules } from './modules';

const log = initProcessLogger();

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
    log.info(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.dataDir})`);
    embedded = await startEmbeddedPostgres(config.dataDir, port, (m) => log.info({ module: 'embedded-postgres' }, m));
    url = embedded.url;
  }
  const ds = createDataSource({ url });
  await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  log.info({ migrations: ran.map((m) => m.name) }, `applied ${ran.length} migration(s)`);
  const modules = appModules(config);
  const running = await startApp({
    ds,
    config,
    modules: modules.list,
    notifier: modules.notifier,
    billingNotifier: modules.billingNotifier,
    logger: log,
  });
  const port = new URL(running.url).port;
  log.info({ port: Number(port) }, `orgpulse is running: open http://localhost:${port} (GraphQL at /graphql, playground at /graphiql)`);

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
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) log.fatal(err.message);
  else log.fatal({ err }, `orgpulse could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
