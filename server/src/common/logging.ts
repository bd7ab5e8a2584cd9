import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { Context } from '../context';
import { isQuietRefusal } from './refusals';

export type { Logger } from 'pino';

/**
 * Keys whose values never reach a log, at any of the first few levels of a logged object.
 * The request logger does not log headers, bodies or GraphQL variables at all; this is the
 * second line of defence for anything logged by hand.
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'temporaryPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'apiKey',
  'jwtSecret',
  'smtpUrl',
  'databaseUrl',
  'link',
  'resetLink',
  'variables',
];
const REDACT_PATHS = [
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

const LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface LoggerOptions {
  /** JSON lines in production; readable lines (pino-pretty, when installed) otherwise. */
  production?: boolean;
  /** Default: LOG_LEVEL, else silent under jest (NODE_ENV=test), else info. */
  level?: Level | 'silent';
  /** Where the lines go (tests pass a stream); default stdout. */
  destination?: DestinationStream;
}

/** An error as a log field: its type, message, code and stack, never its other properties (SQL parameters…). */
function serializeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err) };
  const out: Record<string, unknown> = { type: err.constructor?.name ?? 'Error', message: err.message };
  const code = (err as { code?: unknown; extensions?: { code?: unknown } }).extensions?.code ?? (err as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (err.stack) out.stack = err.stack;
  const inner = (err as { originalError?: unknown }).originalError ?? err.cause;
  if (inner && inner !== err && depth < 3) out.cause = serializeError(inner, depth + 1);
  return out;
}

/** The request as a log field: method and path only (a query string may carry a token). */
function serializeRequest(req: IncomingMessage & { originalUrl?: string; ip?: string }): Record<string, unknown> {
  const url = req.originalUrl ?? req.url ?? '';
  return { method: req.method, path: url.split('?')[0], ip: req.ip ?? req.socket?.remoteAddress };
}

function serializeResponse(res: ServerResponse): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

function prettyStream(): DestinationStream | undefined {
  try {
    // a development dependency: absent in a production install, where logs are JSON anyway
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (o: Record<string, unknown>) => DestinationStream;
    return pretty({
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'HH:MM:ss.l',
      ignore: 'pid,hostname',
      singleLine: true,
      sync: true,
    });
  } catch {
    return undefined;
  }
}

export function createLogger(options: LoggerOptions = {}, env: NodeJS.ProcessEnv = process.env): Logger {
  const production = options.production ?? env.NODE_ENV === 'production';
  const fromEnv = env.LOG_LEVEL?.trim().toLowerCase();
  const level = options.level ?? (fromEnv && LEVELS.includes(fromEnv) ? fromEnv : env.NODE_ENV === 'test' ? 'silent' : 'info');
  const destination = options.destination ?? (production ? undefined : prettyStream());
  const base = {
    level,
    serializers: { err: serializeError, req: serializeRequest, res: serializeResponse },
    timestamp: pino.stdTimeFunctions.isoTime,
    // level names in production JSON ("level":"info"); pino-pretty reads the numbers
    ...(production ? { formatters: { level: (label: string) => ({ level: label }) } } : {}),
  };
  const dest = destination ?? pino.destination({ dest: 1, sync: true });
  const logger = pino({ ...base, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, dest);
  // every level: whether a line is written is the redacting logger's decision (requestLogger asks it)
  requestLines.set(logger, pino({ ...base, level: 'trace' }, dest));
  return logger;
}

/**
 * For each logger createLogger made, the same logger without the redaction pass, for the request
 * line alone (requestLogger): that line holds only fields it builds itself (ids, method, path,
 * status, duration, error codes, an error's type, message, code and stack), none of them a value
 * under a secret key, and fast-redact's wildcard paths cost ~110 µs per line (against ~5 µs for the
 * line itself): about a tenth of a spend's server CPU (issue 11). Everything logged by hand is still
 * redacted.
 */
const requestLines = new WeakMap<Logger, Logger>();

let root: Logger | null = null;

/**
 * For the server's entry point (main.ts): the process's logger at LOG_LEVEL or info, also
 * when NODE_ENV=test (a server a test spawns is watched through its output).
 */
export function initProcessLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const fromEnv = env.LOG_LEVEL?.trim().toLowerCase();
  root = createLogger({ level: (fromEnv && LEVELS.includes(fromEnv) ? fromEnv : 'info') as Level }, env);
  return root;
}
/** The process's logger (for code without one handed in: background modules, startup). */
export function rootLogger(): Logger {
  root ??= createLogger();
  return root;
}

/** The logger of a request (with its request id), or the process's when outside one. */
function loggerOf(req: { log?: Logger } | undefined): Logger {
  return req?.log ?? rootLogger();
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;
const REQUEST_ID_HEADER = 'x-request-id';

/** A valid incoming X-Request-Id (1–128 of A–Z a–z 0–9 . _ -), else a new UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** What the GraphQL plugin leaves on the response for the request's log line. */
interface GraphqlLogFields {
  operationName: string | null;
  operationType: string | null;
  memberId: string | null;
  organizationId: string | null;
  apiKeyId: string | null;
  errorCodes: string[];
}

const GRAPHQL_FIELDS = Symbol('orgpulse.graphqlLog');
type WithGraphql = { [GRAPHQL_FIELDS]?: GraphqlLogFields };

/**
 * One line per HTTP request, when its response is finished: request id, method, path,
 * status, duration in ms, and for /graphql the operation (see graphqlLogPlugin). Health
 * checks log at debug. The id is echoed in the X-Request-Id response header.
 *
 * The line is one call on the process's logger with the request's fields in it: no child
 * loggers per request (pino-http made two, serializing and redacting their bindings on every
 * request even with logging off: 6% of a members page's CPU, issue 11). `req.log`, a child
 * with the request id for code that logs during the request, is made only when asked for.
 */
export function requestLogger(logger: Logger): RequestHandler {
  const quiet = (req: IncomingMessage) => /^\/(healthz|readyz)(\?|$)/.test(req.url ?? '');
  // a sender's repeated refusals are left out (common/refusals.ts logs the door closing once)
  const levelOf = (health: boolean, res: ServerResponse, err: unknown): Level | 'silent' =>
    err || res.statusCode >= 500 ? 'error' : isQuietRefusal(res) ? 'silent' : health ? 'debug' : res.statusCode >= 400 ? 'warn' : 'info';
  const lines = requestLines.get(logger) ?? logger;
  return (req, res, next) => {
    const reqId = requestIdFor(req.headers[REQUEST_ID_HEADER]);
    res.setHeader('X-Request-Id', reqId);
    const started = Date.now();
    const health = quiet(req); // as it arrived: a router changes req.url on the way (not originalUrl, which the req serializer reads)
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', { configurable: true, get: () => (child ??= logger.child({ reqId })) });
    const done = (err?: unknown) => {
      res.off('finish', done);
      res.off('close', done);
      res.off('error', done);
      const level = levelOf(health, res, err);
      if (level === 'silent' || !logger.isLevelEnabled(level)) return;
      const line: Record<string, unknown> = { reqId, req, res, durationMs: Date.now() - started };
      if (err || res.statusCode >= 500) line.err = err ?? new Error(`failed with status code ${res.statusCode}`);
      lines[level](withGraphql(res, line), message(req, res));
    };
    res.on('finish', done);
    res.on('close', done);
    res.on('error', done);
    next();
  };
}

function withGraphql(res: ServerResponse, value: Record<string, unknown>): Record<string, unknown> {
  const graphql = (res as WithGraphql)[GRAPHQL_FIELDS];
  return graphql ? { ...value, graphql } : value;
}

function message(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): string {
  const graphql = (res as WithGraphql)[GRAPHQL_FIELDS];
  const path = (req.originalUrl ?? req.url ?? '').split('?')[0];
  const what = graphql ? `graphql ${graphql.operationType ?? '?'} ${graphql.operationName ?? '(anonymous)'}` : `${req.method} ${path}`;
  return `${what} ${res.statusCode}`;
}

/** Records, for the request's log line, the operation, who called (ids only) and the error codes. */
export function graphqlLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName, request, response }) {
          const res = contextValue?.res as (Response & WithGraphql) | undefined;
          if (!res) return;
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          const caller = contextValue.caller;
          res[GRAPHQL_FIELDS] = {
            operationName: operationName ?? request.operationName ?? null,
            operationType: operation?.operation ?? null,
            memberId: caller?.membershipId ?? null,
            organizationId: caller?.organizationId ?? null,
            apiKeyId: caller?.apiKeyId ?? null,
            errorCodes: [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN')))],
          };
        },
      };
    },
  };
}

/** The request logger for an Express request (set by requestLogger). */
export function requestLog(req: Request): Logger {
  return loggerOf(req as { log?: Logger });
}
