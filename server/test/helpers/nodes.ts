import path from 'node:path';
import { ChildProcess, spawn } from 'node:child_process';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { sourceOf } from './app';

/** Another API node: `src/main.ts` in its own process over the same database. */
export interface Node {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startNode(env: Record<string, string>): Promise<Node> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.join(__dirname, '..', '..'),
    env: { ...process.env, PORT: '0', BCRYPT_COST: '4', CLIENT_DIST: '/nonexistent', THROTTLE_SIGNUPS_PER_ADDRESS: '100000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /orgpulse is running: open http:\/\/localhost:(\d+)/.exec(out);
      if (m)
        resolve({
          url: `http://127.0.0.1:${m[1]}`,
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`node exited (${code}): ${out}`)));
  });
}

export async function post<TResult, TVariables>(
  url: string,
  query: TypedDocumentNode<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  token?: string,
): Promise<{
  status: number;
  headers: Headers;
  body: { data?: TResult; errors?: Array<{ message: string; extensions?: any }>; extensions?: any };
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: sourceOf(query), variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** A graphql-ws client on a node with one subscription, recording what it gets and how it ends. */
export interface Listener<T> {
  events: T[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  completed: boolean;
  connected: Promise<void>;
  client: Client;
  dispose(): Promise<void>;
}

export function listen<TResult, TVariables>(
  url: string,
  authorization: string | null,
  query: TypedDocumentNode<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
): Listener<TResult> {
  let connected!: () => void;
  const l: Listener<TResult> = {
    events: [],
    errors: [],
    closed: null,
    completed: false,
    connected: new Promise<void>((r) => (connected = r)),
    client: null as unknown as Client,
    dispose: async () => l.client.dispose(),
  };
  l.client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined, // the close is recorded in `closed`
    on: {
      connected: () => connected(),
      closed: (e) => {
        const ev = e as { code: number; reason: string };
        l.closed = { code: ev.code, reason: String(ev.reason) };
        connected();
      },
    },
  });
  l.client.subscribe<TResult>(
    { query: sourceOf(query), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (v) => (v.data ? l.events.push(v.data as TResult) : l.errors.push(v.errors)),
      error: (e) => l.errors.push(e),
      complete: () => (l.completed = true),
    },
  );
  return l;
}

export async function until(cond: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
