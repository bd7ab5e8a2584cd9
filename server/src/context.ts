import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Authenticators, Caller } from './common/auth/caller';
import { AppError, unauthenticated } from './common/errors';
import { createLoaders, Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver and authenticated HTTP route gets for one request. */
export interface Context {
  ds: DataSource;
  config: Config;
  services: Services;
  loaders: Loaders;
  caller: Caller | null;
  /** Why a presented credential was refused (kept so guarded operations can say so). */
  authError: AppError | null;
  req: Request;
  res: Response;
  ip: string;
}

/** Reads `Authorization: Bearer …` with the authenticators app.ts was given, and makes the request's loaders. */
export async function buildContext(
  base: { ds: DataSource; config: Config; services: Services; authenticators: Authenticators },
  req: Request,
  res: Response,
): Promise<Context> {
  const { authenticators, ...rest } = base;
  const header = req.headers.authorization ?? '';
  const ctx: Context = {
    ...rest,
    loaders: createLoaders(base.ds),
    caller: null,
    authError: null,
    req,
    res,
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  };
  if (!header) return ctx;
  Object.assign(ctx, await authenticate(authenticators, base.ds, header));
  return ctx;
}

/** `Bearer <access token or API key>` through the app's authenticators (HTTP and the WebSocket use it alike). */
export async function authenticate(
  authenticators: Authenticators,
  ds: DataSource,
  header: string,
): Promise<{ caller: Caller | null; authError: AppError | null }> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { caller: null, authError: unauthenticated('The Authorization header must be "Bearer <access token or API key>".') };
  const token = match[1];
  if (token.startsWith(authenticators.apiKey.prefix)) {
    const caller = await authenticators.apiKey.authenticate(ds, token);
    return {
      caller,
      authError: caller
        ? null
        : unauthenticated('This API key is not valid: it may have been revoked, or its member removed or suspended.'),
    };
  }
  const caller = await authenticators.accessToken(ds, token);
  return { caller, authError: caller ? null : unauthenticated() };
}
