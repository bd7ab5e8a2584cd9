import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { startApp, AppModule, RunningApp } from '../../src/app';
import { Config, loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { openDatabases } from '../../src/db/databases';
import type { Logger } from '../../src/common/logging';
import type { MemberNotifier } from '../../src/modules/members/member.notifier';
import type { BillingNotifier } from '../../src/modules/credits/billing.notifier';
import { createTestDatabase } from './postgres';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }>;
  headers: Headers;
}

/** Any typed document that takes these variables (to loop over several operations). */
export type DocumentWith<TVariables> = TypedDocumentNode<unknown, TVariables>;

/** A variable value outside its GraphQL type, sent on purpose to see the server refuse it. */
export const invalid = (value: unknown): never => value as never;

export interface TestApp {
  url: string;
  /** The owner (superuser): the test's own view of the database, row-level security does not apply. */
  ds: DataSource;
  /** The pools the app runs on: orgpulse_app (row-level security applies) and orgpulse_system. */
  appDs: DataSource;
  systemDs: DataSource;
  config: Config;
  running: RunningApp;
  /**
   * POST /graphql as JSON; `token` goes in `Authorization: Bearer`. The document is a typed
   * one from `graphql(...)` in `../gql` (`pnpm --filter @orgpulse/server run codegen`), or a
   * plain string for one codegen cannot type: malformed, unknown fields, built at run time.
   */
  gql<TResult, TVariables>(
    query: TypedDocumentNode<TResult, TVariables>,
    variables?: NoInfer<TVariables>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GqlResult<TResult>>;
  gql(query: string, variables?: Record<string, unknown>, token?: string | null, headers?: Record<string, string>): Promise<GqlResult>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<TResult, TVariables>(
    query: TypedDocumentNode<TResult, TVariables>,
    variables?: NoInfer<TVariables>,
    token?: string | null,
  ): Promise<TResult>;
  ok(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<any>;
  stop(): Promise<void>;
}

const printed = new WeakMap<object, string>();

/** The text to send: a plain string as is, a typed document printed (once). */
export function sourceOf(query: DocumentNode | string): string {
  if (typeof query === 'string') return query;
  if (!query || query.kind !== 'Document') {
    throw new Error('Not a generated document: run `pnpm --filter @orgpulse/server run codegen` after editing a graphql(`...`) call.');
  }
  let text = printed.get(query);
  if (text === undefined) printed.set(query, (text = print(query)));
  return text;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  modules?: AppModule[];
  notifier?: MemberNotifier;
  billingNotifier?: BillingNotifier;
  startWorkers?: boolean;
  /** Request and error logs (default: silent under jest). */
  logger?: Logger;
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
    // likewise refused documents (the door they close is tested in abuse.test.ts)
    RATE_LIMIT_REFUSALS: '100000',
    ...options.env,
  });
  const ds = createDataSource({ url, poolSize: 10 });
  await ds.initialize();
  const { app: appDs, system: systemDs } = await openDatabases({ owner: url }, { poolSize: 10, timeouts: config.db });
  const running = await startApp(
    {
      ds: appDs,
      systemDs,
      config,
      modules: options.modules,
      notifier: options.notifier,
      billingNotifier: options.billingNotifier,
      startWorkers: options.startWorkers,
      log: options.logger ? undefined : () => undefined,
      logger: options.logger,
    },
    0,
  );
  const gql = async (
    query: DocumentNode | string,
    variables: unknown = {},
    token: string | null = null,
    headers: Record<string, string> = {},
  ): Promise<GqlResult> => {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query: sourceOf(query), variables }),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: any; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };
  return {
    url: running.url,
    ds,
    appDs,
    systemDs,
    config,
    running,
    gql,
    async ok(query: DocumentNode | string, variables?: unknown, token?: string | null) {
      const r = await gql(query, variables, token);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data;
    },
    async stop() {
      await running.stop();
      await Promise.all([ds.destroy(), appDs.destroy(), systemDs.destroy()]);
      await db.drop();
    },
  };
}

/** The first error code of a result (or undefined). */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
