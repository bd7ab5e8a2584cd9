import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo Server as the last express handler, as `@as-integrations/express5`'s
 * `expressMiddleware` is, with less work per request (issue 11): the query string is cut
 * from the URL without the legacy URL parser, and a successful answer is written with one
 * `end` rather than through express's `res.send` (content-type sniffing, ETag, freshness). An
 * error status still goes through `res.send`, which other handlers wrap (the cost report on
 * every error: common/refusals.ts).
 */
export function apolloHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  context: (args: { req: Request; res: Response }) => Promise<C>,
): RequestHandler {
  server.assertStarted('apolloHandler()');
  return async (req, res) => {
    if (!('body' in req)) throw new Error('apolloHandler: req.body is not set (express.json must run first)');
    const headers = new HeaderMap();
    const raw = req.headers;
    for (const key in raw) {
      const value = raw[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url;
    const q = url.indexOf('?');
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: q < 0 ? '' : url.slice(q), body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    const status = answer.status || 200;
    res.statusCode = status;
    if (answer.body.kind === 'complete') {
      if (status >= 400 || req.method === 'HEAD') {
        res.send(answer.body.string);
        return;
      }
      const body = Buffer.from(answer.body.string, 'utf8');
      if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-length', body.length);
      res.end(body);
      return;
    }
    // incremental delivery (@defer): chunk by chunk
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
