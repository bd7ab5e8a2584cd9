import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { directRoute, expressHttpClasses, isExactPath } from './direct-route';

/** A real HTTP server whose requests all go through `directRoute(handlers)`. */
async function serve(handlers: RequestHandler[]) {
  const app = express();
  app.set('trust proxy', true);
  const errors: unknown[] = [];
  const onError: ErrorRequestHandler = (err, _req, res, next) => {
    errors.push(err);
    if ((err as Error).message === 'pass on') return next(err);
    res.status(500).json({ error: (err as Error).message });
  };
  const route = directRoute(app, handlers, onError);
  const server = http.createServer(route);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, errors, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('isExactPath', () => {
  test('the path itself, with or without a query string, and nothing else', () => {
    expect(isExactPath('/graphql', '/graphql')).toBe(true);
    expect(isExactPath('/graphql?query=%7B__typename%7D', '/graphql')).toBe(true);
    expect(isExactPath('/graphql/', '/graphql')).toBe(false);
    expect(isExactPath('/graphql/x', '/graphql')).toBe(false);
    expect(isExactPath('/graphqlx', '/graphql')).toBe(false);
    expect(isExactPath('/graph', '/graphql')).toBe(false);
    expect(isExactPath(undefined, '/graphql')).toBe(false);
  });
});

describe('directRoute', () => {
  test('runs the handlers in order on express request and response objects', async () => {
    const seen: string[] = [];
    const s = await serve([
      (req, res, next) => {
        seen.push('first');
        res.locals.n = 1;
        next();
      },
      (req, res) => {
        seen.push('second');
        // express's own helpers work: req.ip (with trust proxy), req.get, res.status().json()
        res.status(201).json({ ip: req.ip, agent: req.get('x-test'), n: res.locals.n, original: req.originalUrl });
      },
      () => seen.push('never'),
    ]);
    try {
      const r = await fetch(`${s.url}/graphql?x=1`, { headers: { 'x-test': 'yes', 'x-forwarded-for': '203.0.113.9' } });
      expect(r.status).toBe(201);
      expect(await r.json()).toEqual({ ip: '203.0.113.9', agent: 'yes', n: 1, original: '/graphql?x=1' });
      expect(seen).toEqual(['first', 'second']);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('an error thrown, passed to next or rejected goes to the error handler, and the rest is skipped', async () => {
    const after = jest.fn();
    for (const failing of [
      () => {
        throw new Error('thrown');
      },
      (_req: unknown, _res: unknown, next: (e?: unknown) => void) => next(new Error('passed')),
      async () => {
        await Promise.resolve();
        throw new Error('rejected');
      },
    ] as RequestHandler[]) {
      const s = await serve([failing, after]);
      try {
        const r = await fetch(`${s.url}/graphql`);
        expect(r.status).toBe(500);
        const { error } = (await r.json()) as { error: string };
        expect(['thrown', 'passed', 'rejected']).toContain(error);
        expect(s.errors).toHaveLength(1);
      } finally {
        await s.close();
      }
    }
    expect(after).not.toHaveBeenCalled();
  });

  test('no handler answering is an error, and an error the handler passes on ends the connection', async () => {
    const s = await serve([(_req, _res, next) => next()]);
    try {
      const r = await fetch(`${s.url}/graphql`);
      expect(r.status).toBe(500);
      expect(((await r.json()) as { error: string }).error).toMatch(/No handler answered/);
    } finally {
      await s.close();
    }
    const t = await serve([
      () => {
        throw new Error('pass on');
      },
    ]);
    try {
      await expect(fetch(`${t.url}/graphql`)).rejects.toThrow();
    } finally {
      await t.close();
    }
  });

  test('an error after the response has started ends the connection, not a second answer', async () => {
    const s = await serve([
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial');
        throw new Error('late');
      },
    ]);
    try {
      // the client sees the connection end (before or after the partial body), never a complete answer
      await expect(fetch(`${s.url}/graphql`).then((r) => r.text())).rejects.toThrow();
      expect(s.errors).toEqual([]); // the error handler was not asked to answer a started response
    } finally {
      await s.close();
    }
  });
});

describe('expressHttpClasses', () => {
  test("requests and responses are made with express's prototypes of the app, and still are node's", async () => {
    const app = express();
    const seen: boolean[] = [];
    const server = http.createServer(expressHttpClasses(app), (req, res) => {
      // before express touched them
      seen.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
      seen.push(req instanceof http.IncomingMessage, res instanceof http.ServerResponse);
      app(req, res);
    });
    app.post('/echo', express.json(), (req, res) => {
      res.json({ body: req.body as unknown, host: req.hostname });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const r = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
      expect(await r.json()).toEqual({ body: { a: 1 }, host: '127.0.0.1' });
      expect(seen).toEqual([true, true, true, true]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
