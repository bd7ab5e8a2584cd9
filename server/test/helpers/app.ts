import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { startApp, AppModule, RunningApp } from '../../src/app';
import { Config, loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import type { MemberNotifier } from '../../src/modules/members/member.notifier';
import type { BillingNotifier } from '../../src/modules/credits/billing.notifier';
import { createTestDatabase } from './postgres';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }>;
  headers: Headers;
}

export interface TestApp {
  url: string;
  ds: DataSource;
  config: Config;
  running: RunningApp;
  /** POST /graphql as JSON; `token` goes in `Authorization: Bearer`. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  modules?: AppModule[];
  notifier?: MemberNotifier;
  billingNotifier?: BillingNotifier;
  startWorkers?: boolean;
}

/** A real server on a random port over a database of this test file's own (copied from the migrated template). */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const url = db.url;
  const config = loadConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    PORT: '0',
    DATABASE_URL: url,
    CLIENT_DIST: '/nonexistent',
    // every test signs up from 127.0.0.1: the sign-up limit is tested on its own (accounts-throttle.test.ts)
    THROTTLE_SIGNUPS_PER_ADDRESS: '100000',
    ...options.env,
  });
  const ds = createDataSource({ url, poolSize: 10 });
  await ds.initialize();
  const running = await startApp(
    {
      ds,
      config,
      modules: options.modules,
      notifier: options.notifier,
      billingNotifier: options.billingNotifier,
      startWorkers: options.startWorkers,
      log: () => undefined,
    },
    0,
  );
  const gql: TestApp['gql'] = async (query, variables = {}, token = null, headers = {}) => {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: any; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };
  return {
    url: running.url,
    ds,
    config,
    running,
    gql,
    async ok(query, variables, token) {
      const r = await gql(query, variables, token);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data;
    },
    async stop() {
      await running.stop();
      await ds.destroy();
      await db.drop();
    },
  };
}

/** The first error code of a result (or undefined). */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
