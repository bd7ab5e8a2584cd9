import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { AuthDatabases, Authenticators, Caller } from './common/auth/caller';
import { AppError, unauthenticated } from './common/errors';
import { createLoaders, Loaders } from './loaders';
import type { Services } from './services';
import { tenantDb } from './common/tenant';
import type { PreCharge } from './common/rate-limit';
import { operationCost } from './common/graphql-limits';

/** What every resolver and authenticated HTTP route gets for one request. */
export interface Context {
  ds: DataSource;
  config: Config;
  services: Services;
  loaders: Loaders;
  caller: Caller | null;
  /** Why a presented credential was refused (kept so guarded operations can say so). */
  authError: AppError | null;
  /** The request's rate-limit charge made by the session check (common/rate-limit.ts, PreCharge), if it made one. */
  preCharged: PreCharge | null;
  req: Request;
  res: Response;
  ip: string;
}

/**
 * Reads `Authorization: Bearer …` with the authenticators app.ts was given, and makes the
 * request's loaders, bound to the caller's organization (none: they read nothing).
 */
export async function buildContext(
  base: { ds: DataSource; systemDs: DataSource; config: Config; services: Services; authenticators: Authenticators },
  req: Request,
  res: Response,
): Promise<Context> {
  const ctx = await authenticate(base, req, res);
  ctx.loaders = createLoaders(tenantDb(base.ds, ctx.caller?.organizationId ?? null));
  return ctx;
}

async function authenticate(
  base: { ds: DataSource; systemDs: DataSource; config: Config; services: Services; authenticators: Authenticators },
  req: Request,
  res: Response,
): Promise<Context> {
  // one literal of a fixed shape (a rest-and-spread copy of `base` cost more than the rest of this function)
  const ctx: Context = {
    ds: base.ds,
    config: base.config,
    services: base.services,
    loaders: null as unknown as Loaders, // set by buildContext once the caller is known
    caller: null,
    authError: null,
    preCharged: null,
    req,
    res,
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  };
  const header = req.headers.authorization;
  if (!header) return ctx;
  // the cost the query limits measured for this request's operation (graphql-limits.ts), for the session check to
  // charge in its own statement; nothing measured (a document that did not parse): no charge there
  const measured = (res.locals as { queryCost?: Parameters<typeof operationCost>[0] }).queryCost;
  const body = req.body as { operationName?: unknown } | undefined;
  const charge =
    measured && runsPlugins(req)
      ? base.services.rateLimiter.preCharge(
          operationCost(measured, typeof body?.operationName === 'string' ? body.operationName : undefined),
        )
      : null;
  const { caller, authError } = await authenticateBearer(
    base.authenticators,
    { app: base.ds, system: base.systemDs },
    header,
    charge ?? undefined,
  );
  ctx.caller = caller;
  ctx.authError = authError;
  if (caller && charge?.used) ctx.preCharged = charge;
  return ctx;
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || v === null || ok(v);

/**
 * Whether Apollo gets as far as its plugins with this request (and so charges it, rate-limit.ts):
 * a POST whose JSON body has the shape Apollo checks before it runs them. Another request (a GET,
 * `variables` as a string…) is answered 400 without a charge: the session check does not charge it either.
 */
function runsPlugins(req: Request): boolean {
  const body = req.body as Record<string, unknown> | undefined;
  return (
    req.method === 'POST' &&
    isObject(body) &&
    typeof body!.query === 'string' &&
    optional(body!.variables, isObject) &&
    optional(body!.extensions, isObject) &&
    optional(body!.operationName, (v) => typeof v === 'string')
  );
}

/** `Bearer <access token or API key>` through the app's authenticators (HTTP and the WebSocket use it alike). */
export async function authenticateBearer(
  authenticators: Authenticators,
  dbs: AuthDatabases,
  header: string,
  /** A rate-limit charge the credential's check may make in its own statement (context.ts, rate-limit.ts PreCharge). */
  charge?: PreCharge,
): Promise<{ caller: Caller | null; authError: AppError | null }> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { caller: null, authError: unauthenticated('The Authorization header must be "Bearer <access token or API key>".') };
  const token = match[1];
  if (token.startsWith(authenticators.apiKey.prefix)) {
    const caller = await authenticators.apiKey.authenticate(dbs, token, charge);
    return {
      caller,
      authError: caller
        ? null
        : unauthenticated('This API key is not valid: it may have been revoked, or its member removed or suspended.'),
    };
  }
  const caller = await authenticators.accessToken(dbs, token, charge);
  return { caller, authError: caller ? null : unauthenticated() };
}
