import fs from 'node:fs';
import os from 'node:os';
import { print } from 'graphql';
import { graphql } from './gql';
import path from 'node:path';
import { startApp, RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from './helpers/smtp-sink';

/** The embedded PostgreSQL in a child process (jest's sandbox cannot import its ESM package). */
async function startDb(dir: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(__dirname, '..', 'src', 'scripts', 'embedded-pg.ts'), dir, String(port)],
    {
      cwd: path.join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`embedded postgres exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The database goes away under the server and comes back: requests fail cleanly while it
 * is down (a masked error, no crash), /readyz says so, and the server recovers by itself.
 */
describe('database restart', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgpulse-fault-'));
  let port = 0; // chosen free once, then kept across the restart
  let db: { url: string; stop(): Promise<void> };
  let app: RunningApp;
  let ds: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    port = await freePort();
    db = await startDb(dir, port);
    ds = createDataSource({ url: db.url, poolSize: 4 });
    await ds.initialize();
    await ds.runMigrations();
    app = await startApp(
      { ds, config: loadConfig({ NODE_ENV: 'test', BCRYPT_COST: '4', CLIENT_DIST: '/nonexistent' }), log: () => undefined },
      0,
    );
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await ds?.destroy().catch(() => undefined);
    await db?.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const SIGN_UP = graphql(`
    mutation FaultsSignUp($i: SignUpInput!) {
      signUp(input: $i) {
        organization {
          id
        }
      }
    }
  `);
  const signUp = (email: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(SIGN_UP),
        variables: { i: { name: 'Fault Tester', email, password: 'violet-harbor-lantern-92', organizationName: 'Faults' } },
      }),
    }).then((r) => r.json() as Promise<any>);

  test('fails cleanly while the database is down, recovers when it is back', async () => {
    expect((await signUp('before@example.test')).data.signUp.organization.id).toEqual(expect.any(String));
    await db.stop();
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    const during = await signUp('during@example.test');
    expect(during.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|connect|postgres/i);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    db = await startDb(dir, port);
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${app.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await signUp('after@example.test')).data.signUp.organization.id).toEqual(expect.any(String));
    const rows = await ds.query(`SELECT email FROM users ORDER BY email`);
    expect(rows.map((r: any) => r.email)).toEqual(['after@example.test', 'before@example.test']);
  }, 120_000);
});
