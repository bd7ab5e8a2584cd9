import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';

/** Whether a request URL is exactly `path`, with or without a query string (`/graphql`, `/graphql?x=1`; not `/graphql/x`). */
export function isExactPath(url: string | undefined, path: string): boolean {
  return !!url && url.startsWith(path) && (url.length === path.length || url.charCodeAt(path.length) === 63); /* ? */
}

/**
 * One hot route run without express's router: the request and response become express's, as
 * `app.handle` makes them (prototypes, `req.res`, `res.locals`, `req.originalUrl`), and then
 * `handlers` run in order, each calling `next()` for the following one, as `app.use(path, ...handlers)`
 * would run them. An error (thrown, passed to `next`, or a rejected promise) goes to `onError`.
 *
 * The router matches every request against each layer's path, trims prefixes and restores
 * them on the way out, a few percent of the CPU of every GraphQL request (issue 11). The
 * handlers are the same functions express runs for every other path: nothing is skipped.
 */
export function directRoute(
  app: Express,
  handlers: RequestHandler[],
  onError: ErrorRequestHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (incoming, outgoing) => {
    const req = incoming as Request;
    const res = outgoing as Response;
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    if (!res.locals) res.locals = Object.create(null) as Response['locals'];
    if (!req.originalUrl) req.originalUrl = req.url;
    req.baseUrl = '';
    req.params = {};
    let i = 0;
    let failed = false;
    const fail = (err: unknown) => {
      if (failed || res.headersSent) {
        // nothing more can be said on this response: end it, as express's final handler does
        if (!res.writableEnded) res.destroy();
        return;
      }
      failed = true;
      try {
        onError(err, req, res, () => {
          if (!res.writableEnded) res.destroy();
        });
      } catch {
        if (!res.writableEnded) res.destroy();
      }
    };
    const next = (err?: unknown): void => {
      if (err !== undefined && err !== null && err !== 'route' && err !== 'router') return fail(err);
      const handler = handlers[i++];
      if (!handler) return fail(new Error('No handler answered the request'));
      try {
        const out = handler(req, res, next) as unknown;
        if (out && typeof (out as Promise<unknown>).then === 'function')
          (out as Promise<unknown>).then(undefined, (e: unknown) => next(e ?? new Error('A handler rejected without a reason')));
      } catch (e) {
        next(e ?? new Error('A handler threw without a reason'));
      }
    };
    next();
  };
}

/**
 * The HTTP server's request and response classes, made with express's prototypes of `app`
 * (app.request, app.response) from the start: `app.handle` and `directRoute` then set the
 * prototype each already has, which V8 skips, instead of changing the prototype of every
 * request and response after it was made (a new hidden class for each, and slower property
 * access on them for the rest of the request).
 */
export function expressHttpClasses(app: Express): Pick<http.ServerOptions, 'IncomingMessage' | 'ServerResponse'> {
  function AppRequest(this: IncomingMessage, socket: Socket) {
    http.IncomingMessage.call(this, socket);
  }
  AppRequest.prototype = app.request;
  function AppResponse(this: ServerResponse, req: IncomingMessage, options?: object) {
    (http.ServerResponse as unknown as (this: ServerResponse, req: IncomingMessage, options?: object) => void).call(this, req, options);
  }
  AppResponse.prototype = app.response;
  return {
    IncomingMessage: AppRequest as unknown as typeof IncomingMessage,
    ServerResponse: AppResponse as unknown as typeof ServerResponse,
  };
}
