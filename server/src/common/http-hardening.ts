import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@orgpulse/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import helmet from 'helmet';
import { rootLogger } from './logging';

/**
 * Browser-facing headers on every response (helmet): a CSP that the SPA and its bundled
 * GraphiQL (Monaco with same-origin module workers) run under, no framing at all, nosniff,
 * no Referer, and HSTS in production. Mantine injects <style> elements at run time, hence
 * style-src 'unsafe-inline'; scripts stay 'self' only (no inline script, no eval).
 * packages/e2e/tests/csp.spec.ts loads / and /graphiql in Chromium and fails on any violation.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return precomputed(helmetFor(production));
}

/**
 * A middleware that only sets and removes fixed headers, run once against a recording response
 * at start-up, then replayed: the same headers on every response, without helmet's dozen
 * middlewares (each a call, a closure and its own header checks) per request (issue 11).
 */
function precomputed(middleware: RequestHandler): RequestHandler {
  const set: Array<[string, string | string[]]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | string[]) {
      set.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let called = false;
  middleware({ headers: {} } as never, recorder as never, () => {
    called = true;
  });
  if (!called) throw new Error('security headers: the middleware did not finish synchronously');
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}

function helmetFor(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'frame-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // over plain http (development) it would send the page's requests to https
        ...(production ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
}

/**
 * The last express handler: a body that is not JSON (or too large, or in an unknown
 * charset) gets a GraphQL-shaped JSON error with a code, never express's HTML page with a
 * stack trace and file paths, in every mode.
 */
export function jsonErrorHandler(log: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const e = err as { status?: unknown; statusCode?: unknown; type?: unknown };
    const status = Number(e.status ?? e.statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      const message =
        e.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : e.type === 'entity.too.large'
            ? 'The request body is too large.'
            : 'The request could not be read.';
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    log(err);
    res
      .status(500)
      .json({ errors: [{ message: 'Something went wrong on our side. Try again.', extensions: { code: ErrorCode.InternalServerError } }] });
  };
}

/** After every route: an unknown path gets JSON (express's own 404 page is HTML). */
export function jsonNotFound(): RequestHandler {
  return (_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: ErrorCode.NotFound } }] });
  };
}

/** Apollo answers persisted-query errors with HTTP 200; they are client errors (400). */
export function persistedQueryStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
          if (codes.some((c) => c === 'PERSISTED_QUERY_NOT_SUPPORTED' || c === 'PERSISTED_QUERY_NOT_FOUND')) response.http.status = 400;
        },
      };
    },
  };
}

/** SQLSTATEs of a statement cancelled by statement_timeout/lock_timeout or a session ended idle in a transaction. */
const TIMEOUT_STATES = new Set(['57014', '55P03', '25P03']);
/** The database is going away, restarting or unreachable. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

interface Cause {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  thrownValue?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function databaseFailure(error: unknown): 'timeout' | 'unavailable' | null {
  // the cause can sit under GraphQL's originalError, TypeORM's driverError, graphql-js's
  // NonErrorThrown (pg rejects with plain objects at times), a cause or an AggregateError
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length) {
    const e = queue.shift() as Cause | null | undefined;
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const code = typeof e.code === 'string' ? e.code : '';
    if (TIMEOUT_STATES.has(code)) return 'timeout';
    if (UNAVAILABLE_STATES.has(code) || code.startsWith('08')) return 'unavailable';
    // a transaction whose connection died under it (TypeORM released the runner)
    if (e.name === 'QueryRunnerAlreadyReleasedError') return 'unavailable';
    if (/timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET/.test(String(e.message ?? '')))
      return 'unavailable';
    queue.push(e.originalError, e.driverError, e.thrownValue, e.cause, ...(Array.isArray(e.errors) ? e.errors : []));
  }
  return null;
}

/**
 * A database that is slow (a statement cancelled by statement_timeout, e.g. waiting on a
 * lock) or unreachable is not a bug: the client gets INTERNAL_SERVER_ERROR (the code every
 * client already retries on) with `retryable: true` and a message that says so, nothing
 * from the database itself. Returns null for every other error.
 */
export function formatDatabaseFailure(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (err: unknown) => void = (e) => rootLogger().error({ err: e }, 'database failure'),
): GraphQLFormattedError | null {
  const kind = databaseFailure(error);
  if (!kind) return null;
  log(`database ${kind === 'timeout' ? 'timeout' : 'unavailable'}: ${(error as Error)?.message ?? String(error)}`.slice(0, 500));
  return {
    message:
      kind === 'timeout'
        ? 'The database did not answer in time, so this request was cancelled. Try again.'
        : 'The database is unavailable right now. Try again shortly.',
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError, retryable: true },
  };
}
