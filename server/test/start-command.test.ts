import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery, withDatabase } from './helpers/postgres';
import { eventually, freePort, SmtpSink } from './helpers/smtp-sink';

/**
 * The container's start command (docker/Dockerfile: `node server/dist/main.js` from the
 * repository root, NODE_ENV=production), run outside a container: a fresh empty database
 * (migrations run on start, as on a new compose volume), SMTP_URL at a real SMTP sink.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'server', 'dist', 'main.js');
const CLIENT_INDEX = path.join(ROOT, 'client', 'dist', 'index.html');

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

/** Builds the server (tsc) when dist is missing or older than its sources. */
function ensureBuilt(): void {
  if (fs.existsSync(MAIN) && fs.statSync(MAIN).mtimeMs >= newest(path.join(ROOT, 'server', 'src'))) return;
  execFileSync('pnpm', ['--filter', '@orgpulse/server', 'run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}

const sink = new SmtpSink();
const dbName = `orgpulse_start_${process.pid}`;
const adminUrl = () => process.env.ORGPULSE_TEST_ADMIN_URL!;
let child: ChildProcess | null = null;
let stdout = '';
let stderr = '';
let exit: Promise<number | null> = Promise.resolve(null);
let base = '';
let spaDir: string | null = null;

beforeAll(async () => {
  ensureBuilt();
  await sink.start();
  await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await adminQuery(adminUrl(), `CREATE DATABASE ${dbName}`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: withDatabase(adminUrl(), dbName),
    SMTP_URL: sink.url,
    JWT_SECRET: 'start-command-test-secret-0123456789abcdef',
    APP_URL: base,
    BCRYPT_COST: '10',
    MAIL_POLL_MS: '50',
  };
  if (!fs.existsSync(CLIENT_INDEX)) {
    // the SPA is not built here: serve a stand-in, to check the server serves whatever CLIENT_DIST holds
    spaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgpulse-spa-'));
    fs.writeFileSync(path.join(spaDir, 'index.html'), '<!doctype html><title>orgpulse</title><div id="root"></div>');
    env.CLIENT_DIST = spaDir;
  }
  const proc = spawn(process.execPath, [path.relative(ROOT, MAIN)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  proc.stdout!.on('data', (d) => (stdout += String(d)));
  proc.stderr!.on('data', (d) => (stderr += String(d)));
  exit = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  await eventually(
    async () => {
      if (proc.exitCode !== null) throw new Error(`exited with ${proc.exitCode}: ${stdout}${stderr}`);
      return (await fetch(`${base}/readyz`).catch(() => null))?.ok;
    },
    60_000,
    '/readyz',
  );
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL');
    await exit;
  }
  await sink.stop();
  await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  if (spaDir) fs.rmSync(spaDir, { recursive: true, force: true });
});

test('starts on an empty database (migrations on start), answers /healthz and /readyz, serves the SPA', async () => {
  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ ok: true });
  expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const ready = await fetch(`${base}/readyz`);
  expect(await ready.json()).toEqual({ ok: true, database: 'up' });

  const index = fs.readFileSync(spaDir ? path.join(spaDir, 'index.html') : CLIENT_INDEX, 'utf8');
  for (const route of ['/', '/members', '/organizations/x/settings']) {
    const page = await fetch(`${base}${route}`);
    expect({ route, status: page.status, type: page.headers.get('content-type') }).toEqual({
      route,
      status: 200,
      type: 'text/html; charset=utf-8',
    });
    expect(await page.text()).toBe(index);
  }
});

test('in production it logs JSON lines only, and sends email over SMTP_URL', async () => {
  const email = `start-${process.pid}@example.test`;
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const up = await gql(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
    input: { name: 'Olivia', email: `owner-${email}`, password: 'violet-harbor-lantern-92', organizationName: 'Start Co' },
  });
  await gql(
    `mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { member { id } } }`,
    { input: { name: 'Max', email, role: 'MEMBER', temporaryPassword: 'copper-meadow-falcon-31', sendEmail: true } },
    up.signUp.accessToken,
  );
  await eventually(() => sink.to(email).length === 1, 15_000, 'the invitation email');

  await eventually(() => stdout.includes('graphql mutation AddMember 200'), 5000, 'the AddMember log line');
  const lines = stdout.trim().split('\n');
  const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(parsed.every((l) => typeof l.level === 'string' && typeof l.time === 'string' && typeof l.msg === 'string')).toBe(true);
  expect(parsed.map((l) => l.msg)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^applied \d+ migration\(s\)$/), expect.stringMatching(/^orgpulse is running/)]),
  );
  expect(stdout).not.toContain('copper-meadow-falcon-31');
  expect(stdout).not.toContain('violet-harbor-lantern-92');
  expect(stdout).not.toContain(email);
  expect(stderr).toBe('');
});

test('stops cleanly on SIGTERM (what docker stop sends)', async () => {
  child!.kill('SIGTERM');
  expect(await exit).toBe(0);
  expect(stdout).toContain('SIGTERM: shutting down');
});
