import { ErrorCode } from './shared';
import { GraphQLErrorEntry, NETWORK_ERROR, OrgpulseError } from './errors';

/** What the SDK passes to `fetch`. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body: string;
  /** An AbortSignal (typed loosely so any runtime's `fetch` fits). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any runtime's AbortSignal
  signal?: any;
}

/** The part of a fetch Response the SDK reads. */
export interface FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The global `fetch` of Node 20, browsers and React Native all fit. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/**
 * The globals the SDK uses, typed here rather than taken from the DOM or Node typings:
 * the SDK compiles against ES2022 alone, so it cannot lean on one runtime's extras.
 */
interface Runtime {
  fetch?: FetchLike;
  crypto?: { randomUUID?: () => string; getRandomValues?: (array: Uint8Array) => Uint8Array };
  AbortController?: new () => { readonly signal: unknown; abort(): void };
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const runtime = globalThis as unknown as Runtime;

export interface TransportOptions {
  url: string;
  fetch?: FetchLike;
  retries: number;
  retryDelayMs: number;
  maxRetryAfterSeconds: number;
  timeoutMs: number;
  headers: Record<string, string>;
  authorization: () => string | null;
}

/**
 * When a call may be sent again.
 * - `retry: true`: after a network failure or a 5xx, where the server may or may not have
 *   acted. Only for reads, and for writes that carry an idempotency key.
 * - RATE_LIMITED is always retried (while the wait is at most `maxRetryAfterSeconds`): the
 *   server refused before doing anything.
 */
export interface RetryPolicy {
  retry: boolean;
}

type Attempt = { ok: true; data: unknown } | { ok: false; error: OrgpulseError; ambiguous: boolean; waitMs?: number };

const MAX_BACKOFF_MS = 10_000;

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => runtime.setTimeout(resolve, ms));

export class Transport {
  constructor(private readonly options: TransportOptions) {}

  /** POSTs the document, retrying as `policy` allows; returns `data` or throws OrgpulseError. */
  async execute<T>(query: string, variables: Record<string, unknown> | undefined, policy: RetryPolicy): Promise<T> {
    // serialized once: every retry sends exactly the same bytes (and so the same idempotency keys)
    const body = JSON.stringify(variables === undefined ? { query } : { query, variables });
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(body);
      if (outcome.ok) return outcome.data as T;
      const { error } = outcome;
      const rateLimited = error.code === ErrorCode.RateLimited;
      const retryable = rateLimited
        ? error.retryAfterSeconds === undefined || error.retryAfterSeconds <= this.options.maxRetryAfterSeconds
        : outcome.ambiguous && policy.retry;
      if (!retryable || attempt >= this.options.retries) throw error;
      await sleep(outcome.waitMs ?? this.backoff(attempt));
    }
  }

  /** Exponential backoff with jitter: about retryDelayMs, 2x, 4x … (capped). */
  private backoff(attempt: number): number {
    const ceiling = Math.min(MAX_BACKOFF_MS, this.options.retryDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  }

  private async attempt(body: string): Promise<Attempt> {
    const fetchFn = this.options.fetch ?? runtime.fetch;
    if (!fetchFn) {
      throw new TypeError('No global fetch here: pass one as new OrgpulseClient({ fetch }).');
    }
    const headers: Record<string, string> = {
      ...this.options.headers,
      'content-type': 'application/json',
      accept: 'application/json',
    };
    const authorization = this.options.authorization();
    if (authorization) headers.authorization = authorization;

    const controller = this.options.timeoutMs > 0 && runtime.AbortController ? new runtime.AbortController() : null;
    let timedOut = false;
    const timer = controller
      ? runtime.setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, this.options.timeoutMs)
      : null;
    let status: number;
    let text: string;
    let retryAfterHeader: string | null;
    try {
      const init: FetchInit = { method: 'POST', headers, body };
      if (controller) init.signal = controller.signal;
      // called as a plain function: browsers refuse a fetch called on another `this`
      const res = await fetchFn(this.options.url, init);
      status = res.status;
      retryAfterHeader = res.headers.get('retry-after');
      text = await res.text();
    } catch (cause) {
      const message = timedOut
        ? `orgpulse did not answer within ${this.options.timeoutMs} ms.`
        : `Could not reach orgpulse at ${this.options.url}: ${cause instanceof Error ? cause.message : String(cause)}`;
      return { ok: false, ambiguous: true, error: new OrgpulseError(NETWORK_ERROR, message, { cause }) };
    } finally {
      if (timer !== null) runtime.clearTimeout(timer);
    }
    return this.interpret(status, text, retryAfterHeader);
  }

  private interpret(status: number, text: string, retryAfterHeader: string | null): Attempt {
    const serverFailed = status >= 500;
    const headerWaitMs = parseRetryAfter(retryAfterHeader);
    let parsed: GraphQLResponseBody | null = null;
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object') parsed = value as GraphQLResponseBody;
    } catch {
      parsed = null;
    }

    if (parsed && Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      const error = OrgpulseError.fromGraphQL(parsed.errors, status);
      if (error.code === ErrorCode.RateLimited) {
        const waitMs = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : headerWaitMs;
        return { ok: false, ambiguous: false, error, waitMs };
      }
      return { ok: false, ambiguous: serverFailed, error, waitMs: serverFailed ? headerWaitMs : undefined };
    }
    if (status === 429) {
      const retryAfterSeconds = headerWaitMs === undefined ? undefined : Math.ceil(headerWaitMs / 1000);
      const error = new OrgpulseError(ErrorCode.RateLimited, 'Too many requests: slow down and try again.', { status, retryAfterSeconds });
      return { ok: false, ambiguous: false, error, waitMs: headerWaitMs };
    }
    if (serverFailed) {
      const error = new OrgpulseError(ErrorCode.InternalServerError, `orgpulse answered HTTP ${status}. Try again later.`, { status });
      return { ok: false, ambiguous: true, error, waitMs: headerWaitMs };
    }
    if (status >= 200 && status < 300 && parsed && parsed.data !== undefined && parsed.data !== null) {
      return { ok: true, data: parsed.data };
    }
    const error = new OrgpulseError(
      ErrorCode.InternalServerError,
      `Unexpected answer from ${this.options.url} (HTTP ${status}): is this the orgpulse GraphQL endpoint?`,
      { status },
    );
    return { ok: false, ambiguous: false, error };
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** A fresh idempotency key: crypto.randomUUID, or a v4 UUID from crypto.getRandomValues. */
export function newIdempotencyKey(): string {
  const crypto = runtime.crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  if (crypto?.getRandomValues) {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  // never Math.random: two calls sharing a key would be charged once
  throw new TypeError(
    'No secure random generator here (crypto.randomUUID / getRandomValues): pass an idempotencyKey yourself, or install a crypto polyfill (react-native-get-random-values).',
  );
}
