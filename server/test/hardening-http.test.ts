import 'reflect-metadata';
import http from 'node:http';
import { startApp, type RunningApp } from '../src/app';
import { ConfigError, DEV_JWT_SECRET, loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { mailModule } from '../src/modules/mail/mail.module';
import { createTestDatabase } from './helpers/postgres';

/** Issue 9, browser and production configuration: headers, JSON errors, client errors as 4xx, loopback-only dev routes. */

const PROD_SECRET = 'k3Jd9f0s8Vq2LwX7pZ1nR4tY6uB5mE8c-prod-test-only';

interface Started {
  running: RunningApp;
  logged: unknown[];
  stop(): Promise<void>;
}

async function start(env: Record<string, string>, withMail = false): Promise<Started> {
  const db = await createTestDatabase();
  const config = loadConfig({ BCRYPT_COST: '4', CLIENT_DIST: '/nonexistent', DATABASE_URL: db.url, ...env });
  const ds = createDataSource({ url: db.url, poolSize: 4 });
  await ds.initialize();
  const logged: unknown[] = [];
  const modules = withMail ? [mailModule(config, () => undefined)] : [];
  const running = await startApp({ ds, config, modules, startWorkers: false, log: (e) => logged.push(e) }, 0);
  return {
    running,
    logged,
    async stop() {
      await running.stop();
      await ds.destroy();
      await db.drop();
    },
  };
}

/** A raw HTTP request, so that any Host header can be sent. */
function raw(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const gqlPost = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(url, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

function expectSecurityHeaders(headers: http.IncomingHttpHeaders): void {
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-powered-by']).toBeUndefined();
}

describe('development mode', () => {
  let s: Started;
  beforeAll(async () => {
    s = await start({ NODE_ENV: 'development' }, true);
  });
  afterAll(() => s.stop());

  test('binds to 127.0.0.1 by default', () => {
    expect((s.running.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(s.running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('every response has the browser security headers, and no HSTS over plain http', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/nothing-here']) {
      const r = await raw(s.running.url, path, { headers: { 'apollo-require-preflight': '1' } });
      expectSecurityHeaders(r.headers);
      expect(r.headers['strict-transport-security']).toBeUndefined();
      expect(String(r.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    }
  });

  test('an unknown path answers JSON 404', async () => {
    const r = await raw(s.running.url, '/nothing-here');
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  test('malformed JSON answers JSON with BAD_REQUEST, no HTML, no stack, no paths', async () => {
    const r = await raw(s.running.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }",',
    });
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/json/);
    const body = JSON.parse(r.body);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(r.body).not.toMatch(/<html|<pre|\bat \w|node_modules|\/work\/|SyntaxError/i);
  });

  test('a persisted-query hash answers 400 with its code, and nothing is logged as a server error', async () => {
    const bogus = { extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } };
    for (const body of [bogus, { ...bogus, query: '{ __typename }' }, { extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } }]) {
      const r = await gqlPost(s.running.url, body);
      expect(r.status).toBe(400);
      const code = JSON.parse(r.body).errors[0].extensions.code;
      expect(['PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST']).toContain(code);
      expect(r.body).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace/);
    }
    expect(s.logged).toEqual([]);
  });

  test('the dev mail inbox answers only for a loopback Host (DNS rebinding)', async () => {
    const port = new URL(s.running.url).port;
    for (const host of ['localhost', `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST:4000']) {
      for (const path of ['/api/dev/mail', '/dev/mail']) {
        const r = await raw(s.running.url, path, { headers: { host } });
        expect([host, path, r.status]).toEqual([host, path, 200]);
      }
    }
    for (const host of ['evil.test', `evil.test:${port}`, `127.0.0.1.evil.test:${port}`, 'localhost.evil.test', `0.0.0.0:${port}`]) {
      for (const path of ['/api/dev/mail', '/dev/mail']) {
        const r = await raw(s.running.url, path, { headers: { host } });
        expect([host, path, r.status]).toEqual([host, path, 403]);
        expect(r.body).not.toMatch(/password/i);
      }
    }
  });
});

describe('production mode', () => {
  let s: Started;
  beforeAll(async () => {
    s = await start({ NODE_ENV: 'production', JWT_SECRET: PROD_SECRET, BCRYPT_COST: '10' });
  });
  afterAll(() => s.stop());

  test('HSTS and upgrade-insecure-requests in production', async () => {
    const r = await raw(s.running.url, '/healthz');
    expectSecurityHeaders(r.headers);
    expect(r.headers['strict-transport-security']).toMatch(/max-age=\d{7,}; includeSubDomains/);
    expect(String(r.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });

  test('malformed JSON is JSON here too', async () => {
    const r = await raw(s.running.url, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(s.logged).toEqual([]);
  });

  test('anonymous introspection answers 401 UNAUTHENTICATED (not 500), and is not logged', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      const r = await gqlPost(s.running.url, { query });
      expect(r.status).toBe(401);
      const body = JSON.parse(r.body);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].extensions.http).toBeUndefined();
    }
    expect(s.logged).toEqual([]);
  });

  test('the dev mail routes do not exist', async () => {
    expect((await raw(s.running.url, '/api/dev/mail', { headers: { host: 'localhost' } })).status).toBe(404);
  });
});

describe('configuration', () => {
  const prod = { NODE_ENV: 'production', BCRYPT_COST: '12' };

  test('production refuses the public development JWT secret, a missing one and any under 32 bytes', () => {
    expect(() => loadConfig({ ...prod, JWT_SECRET: DEV_JWT_SECRET })).toThrow(/public development secret/);
    expect(() => loadConfig(prod)).toThrow(/JWT_SECRET must be set/);
    expect(() => loadConfig({ ...prod, JWT_SECRET: 'x'.repeat(31) })).toThrow(/at least 32 bytes/);
    expect(() => loadConfig({ ...prod, JWT_SECRET: 'x'.repeat(31) })).toThrow(ConfigError);
    expect(loadConfig({ ...prod, JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toHaveLength(32);
    // bytes, not characters: 11 three-byte characters are 33 bytes
    expect(loadConfig({ ...prod, JWT_SECRET: '€'.repeat(11) }).jwtSecret).toBe('€'.repeat(11));
    expect(() => loadConfig({ ...prod, JWT_SECRET: '€'.repeat(10) })).toThrow(/at least 32 bytes/);
    // the one-line message names the variable
    try {
      loadConfig({ ...prod, JWT_SECRET: DEV_JWT_SECRET });
    } catch (e) {
      expect((e as Error).message).toMatch(/^JWT_SECRET [^\n]+$/);
    }
  });

  test('development keeps working with the development secret', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).jwtSecret).toBe(DEV_JWT_SECRET);
    expect(() => loadConfig({ NODE_ENV: 'development', JWT_SECRET: 'short' })).toThrow(/at least 32 bytes/);
  });

  test('HOST: 127.0.0.1 by default, settable, validated', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(() => loadConfig({ HOST: 'a b' })).toThrow(/HOST/);
  });

  test('database timeouts and the Message-ID domain are configurable', () => {
    const c = loadConfig({
      DB_STATEMENT_TIMEOUT_MS: '1234',
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '2345',
      DB_CONNECT_TIMEOUT_MS: '3456',
      MAIL_MESSAGE_ID_DOMAIN: 'Mail.Example.com',
    });
    expect(c.db).toEqual({ statementTimeoutMs: 1234, idleInTransactionTimeoutMs: 2345, connectTimeoutMs: 3456 });
    expect(c.mail.messageIdDomain).toBe('mail.example.com');
    expect(loadConfig({}).mail.messageIdDomain).toBe('orgpulse.local');
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    expect(() => loadConfig({ MAIL_MESSAGE_ID_DOMAIN: 'a>b' })).toThrow(/MAIL_MESSAGE_ID_DOMAIN/);
  });
});
