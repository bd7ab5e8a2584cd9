import 'reflect-metadata';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres, EmbeddedDatabase } from './db/embedded';
import { startApp } from './app';
import { appModules } from './modules';

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
    console.log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.dataDir})`);
    embedded = await startEmbeddedPostgres(config.dataDir, port);
    url = embedded.url;
  }
  // migrations may legitimately run longer than a request's statement timeout
  const migrator = createDataSource({ url, poolSize: 1, timeouts: { ...config.db, statementTimeoutMs: 0 } });
  await migrator.initialize();
  try {
    const ran = await migrator.runMigrations({ transaction: 'each' });
    if (ran.length) console.log(`applied ${ran.length} migration(s)`);
  } finally {
    await migrator.destroy();
  }
  const ds = createDataSource({ url, timeouts: config.db });
  await ds.initialize();
  const modules = appModules(config);
  const running = await startApp({
    ds,
    config,
    modules: modules.list,
    notifier: modules.notifier,
    billingNotifier: modules.billingNotifier,
  });
  const port = new URL(running.url).port;
  console.log(`orgpulse is running: open http://localhost:${port} (GraphQL at /graphql, playground at /graphiql)`);
  if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1') {
    console.log(`listening on ${config.host}: reachable from other machines (HOST)`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
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
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
