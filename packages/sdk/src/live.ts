/**
 * Subscriptions over graphql-ws (the `graphql-transport-ws` protocol) on the API's own
 * `/graphql` path, as async iterators. One WebSocket per OrgpulseClient, opened by the
 * first subscription and closed when the last one ends; it authenticates once, with
 * `connectionParams.authorization` ("Bearer <access token or API key>").
 */
import { ErrorCode } from './shared';
import { type Client, createClient } from 'graphql-ws';
import type { Document } from './documents';
import { GraphQLErrorEntry, NETWORK_ERROR, OrgpulseError } from './errors';

/**
 * A WebSocket class: the browser's, React Native's, Node 22's global one, or the `ws`
 * package's on Node 20 (`import WebSocket from 'ws'`). Typed loosely so any of them fits.
 */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => unknown;

/** An AbortSignal (typed here: the SDK compiles against ES2022 alone, without the DOM typings). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface SubscribeOptions {
  /** Aborting it ends the subscription, like `return()`: a pending `next()` resolves `{ done: true }`. */
  signal?: AbortSignalLike;
}

/**
 * The events of one subscription, in order. `for await … of` it; `break`, `return()` or
 * the signal ends it (the SDK unsubscribes, and closes the socket once nothing else uses it).
 * A refusal ends it with an OrgpulseError: UNAUTHENTICATED (a bad or expired credential,
 * close code 4401), FORBIDDEN (the member was removed or suspended, the key or session
 * revoked: 4403), RATE_LIMITED (too many connections: 4429, or over the cost budget),
 * NETWORK_ERROR (the connection was lost and could not be re-opened).
 */
export interface LiveSubscription<T> extends AsyncIterableIterator<T> {
  next(): Promise<IteratorResult<T, undefined>>;
  return(): Promise<IteratorResult<T, undefined>>;
}

export interface LiveOptions {
  /** ws:// or wss:// URL of /graphql. */
  url: string;
  webSocketImpl?: WebSocketConstructor;
  /** "Bearer <token>", read each time the socket (re)connects. */
  authorization: () => string | null;
  /** Reconnects after a lost connection (not after a refusal). */
  retryAttempts: number;
}

const runtime = globalThis as unknown as { WebSocket?: WebSocketConstructor };

/** graphql-ws close codes that a reconnect cannot fix (see docs/api/subscriptions.md). */
const REFUSALS: Record<number, { code: OrgpulseError['code']; message: string }> = {
  4401: { code: ErrorCode.Unauthenticated, message: 'The live connection was refused: the token or API key is missing or not valid.' },
  4403: { code: ErrorCode.Forbidden, message: 'The live connection was closed: the member, session or API key is no longer active.' },
  4429: { code: ErrorCode.RateLimited, message: 'Too many live connections for this member: close one first.' },
};

interface CloseEventLike {
  code: number;
  reason?: string;
}
const isCloseEvent = (value: unknown): value is CloseEventLike =>
  !!value && typeof value === 'object' && typeof (value as CloseEventLike).code === 'number' && 'reason' in value;

/** Whatever graphql-ws ends a subscription with, as the OrgpulseError to throw. */
function liveError(cause: unknown): OrgpulseError {
  if (cause instanceof OrgpulseError) return cause;
  if (Array.isArray(cause) && cause.length > 0) return OrgpulseError.fromGraphQL(cause as GraphQLErrorEntry[]);
  if (isCloseEvent(cause)) {
    const refusal = REFUSALS[cause.code];
    const reason = cause.reason ? ` (${cause.reason})` : '';
    if (refusal) return new OrgpulseError(refusal.code, `${refusal.message}${reason}`, { extensions: { closeCode: cause.code }, cause });
    return new OrgpulseError(NETWORK_ERROR, `The live connection closed with code ${cause.code}${reason}.`, {
      extensions: { closeCode: cause.code },
      cause,
    });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return new OrgpulseError(NETWORK_ERROR, `The live connection failed: ${message}`, { cause });
}

/** A queue between graphql-ws's sink and the consumer's `next()` calls. */
class LiveIterator<T> implements LiveSubscription<T> {
  private readonly values: T[] = [];
  private readonly waiting: Array<{ resolve(r: IteratorResult<T, undefined>): void; reject(e: unknown): void }> = [];
  private failure: OrgpulseError | null = null;
  private finished = false;
  private unsubscribe: (() => void) | null = null;
  private readonly onAbort = () => void this.return();

  constructor(
    private readonly signal: AbortSignalLike | undefined,
    private readonly onEnd: (it: LiveIterator<T>) => void,
  ) {}

  start(unsubscribe: () => void): void {
    this.unsubscribe = unsubscribe;
    if (this.signal?.aborted) return void this.return();
    this.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  push(value: T): void {
    if (this.finished) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve({ value, done: false });
    else this.values.push(value);
  }

  fail(error: OrgpulseError): void {
    if (this.finished) return;
    this.finish();
    if (this.waiting.length === 0) this.failure = error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }

  /** The server completed the subscription, or it was ended here. */
  complete(): void {
    if (this.finished) return;
    this.finish();
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.values.length > 0) return Promise.resolve({ value: this.values.shift() as T, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    this.values.length = 0;
    this.failure = null;
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = null;
    this.complete();
    unsubscribe?.();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    this.finished = true;
    this.signal?.removeEventListener('abort', this.onAbort);
    this.onEnd(this);
  }
}

/** The WebSocket side of an OrgpulseClient. */
export class Live {
  private client: Client | null = null;
  private readonly open = new Set<LiveIterator<unknown>>();

  constructor(private readonly options: LiveOptions) {}

  /** Starts the subscription `document` and yields `data[field]` of each event. */
  subscribe<TData, TVariables, K extends keyof TData & string>(
    document: Document<TData, TVariables>,
    field: K,
    options: SubscribeOptions = {},
  ): LiveSubscription<TData[K]> {
    const client = this.connection();
    const it = new LiveIterator<TData[K]>(options.signal, (done) => this.open.delete(done as LiveIterator<unknown>));
    this.open.add(it as LiveIterator<unknown>);
    const unsubscribe = client.subscribe<TData>(
      { query: document },
      {
        next: (result) => {
          if (result.errors?.length) {
            it.fail(OrgpulseError.fromGraphQL(result.errors as GraphQLErrorEntry[]));
            unsubscribe();
          } else if (result.data) it.push(result.data[field]);
        },
        error: (error) => it.fail(liveError(error)),
        complete: () => it.complete(),
      },
    );
    it.start(unsubscribe);
    return it;
  }

  /** Ends every subscription and closes the socket. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await Promise.all([...this.open].map((it) => it.return()));
    await client?.dispose();
  }

  private connection(): Client {
    if (this.client) return this.client;
    const webSocketImpl = this.options.webSocketImpl ?? runtime.WebSocket;
    if (!webSocketImpl) {
      throw new TypeError(
        'No global WebSocket here (Node 20): install the ws package and pass it, new OrgpulseClient({ webSocketImpl: WebSocket }).',
      );
    }
    this.client = createClient({
      url: this.options.url,
      webSocketImpl,
      lazy: true,
      lazyCloseTimeout: 0,
      retryAttempts: this.options.retryAttempts,
      // a refusal is final; a lost connection is re-opened (and its subscriptions sent again)
      shouldRetry: (closed) => isCloseEvent(closed) && !(closed.code in REFUSALS),
      connectionParams: () => {
        const authorization = this.options.authorization();
        return authorization ? { authorization } : {};
      },
    });
    return this.client;
  }
}

/** ws:// for http://, wss:// for https://, same host and path. */
export function webSocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http(s?):\/\//i, (_m, s: string) => `ws${s}://`);
}
