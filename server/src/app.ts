import 'reflect-metadata';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cookieParser from 'cookie-parser';
import express, { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Authenticators } from './common/auth/caller';
import { authenticateBearer, buildContext, Context } from './context';
import { tenantDb } from './common/tenant';
import { createLoaders } from './loaders';
import { attachLiveServer } from './modules/live/live.server';
import type { LiveContext } from './modules/live/live.resolver';
import { formatError, unauthenticated } from './common/errors';
import { formatDatabaseFailure, jsonErrorHandler, jsonNotFound, persistedQueryStatus, securityHeaders } from './common/http-hardening';
import { NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_LIMITS, queryLimitsMiddleware, Refuse } from './common/graphql-limits';
import { RefusalGuard } from './common/refusals';
import { rateLimitPlugin } from './common/rate-limit';
import { withTimeout } from './common/timeout';
import { directRoute, expressHttpClasses, isExactPath } from './common/direct-route';
import { apolloHandler } from './common/apollo-http';
import { jitGateway } from './common/jit-executor';
import { graphqlLogPlugin, Logger, requestLogger, rootLogger } from './common/logging';
import { bindDataSource, graphqlMetricsPlugin, httpMetrics, metricsRoute } from './common/metrics';
import { buildAppSchema } from './schema';
import { createServices, Services } from './services';
import type { MemberNotifier } from './modules/members/member.notifier';
import type { BillingNotifier } from './modules/credits/billing.notifier';
import { accessTokenAuthenticator } from './modules/auth/session.auth';
import { API_KEY_PREFIX, authenticateApiKey } from './modules/api-keys/api-key.auth';

/** A part of the app with its own HTTP routes or background work (mail worker, CSV export…). */
export interface AppModule {
  routes?(app: Express, deps: AppDeps): void;
  start?(deps: AppDeps): void | Promise<void>;
  stop?(): void | Promise<void>;
}

export interface AppDeps {
  /** The app role's pool: row-level security applies (common/tenant.ts). */
  ds: DataSource;
  /** The system role's pool (BYPASSRLS), for the few cross-tenant paths (docs/security.md). */
  systemDs: DataSource;
  config: Config;
  services: Services;
  /** Builds the same caller context GraphQL uses (for authenticated HTTP routes). */
  contextFor(req: express.Request, res: express.Response): Promise<Context>;
}

export interface AppOptions {
  ds: DataSource;
  /** The system role's pool (db/databases.ts); default `ds` (a single owner connection, as some tests use). */
  systemDs?: DataSource;
  config: Config;
  notifier?: MemberNotifier;
  billingNotifier?: BillingNotifier;
  modules?: AppModule[];
  /** Start module background work (workers); tests may leave it off. */
  startWorkers?: boolean;
  log?: (err: unknown) => void;
  /** Request and error logs (default: the process's logger, see common/logging). */
  logger?: Logger;
}

export interface RunningApp {
  app: Express;
  server: http.Server;
  services: Services;
  deps: AppDeps;
  /** The per-sender count of refused requests and its door (common/refusals.ts). */
  refusals: RefusalGuard;
  url: string;
  stop(): Promise<void>;
}

/** With introspection 'signed-in', anonymous callers cannot read the schema. */
function introspectionGate(mode: Config['introspection']): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          if (mode !== 'signed-in' || contextValue.caller) return;
          // the same rule Apollo uses when introspection is off: finds __schema/__type anywhere
          if (validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0) {
            const err = unauthenticated('Sign in to read the schema (introspection is for signed-in callers here).');
            err.extensions.http = { status: 401 }; // a client error, not Apollo's default 500
            throw err;
          }
        },
      };
    },
  };
}

/** Refuses a GraphQL document over `max` bytes before it is parsed. */
function limitDocumentSize(max: number, refuse: Refuse): express.RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: only a long string needs counting
    if (typeof query === 'string' && query.length > max / 3 && Buffer.byteLength(query) > max) {
      refuse(req, res, 413, { message: `The GraphQL document is larger than ${max / 1024} KB.`, extensions: { code: 'BAD_USER_INPUT' } });
      return;
    }
    next();
  };
}

export async function startApp(options: AppOptions, port = options.config.port): Promise<RunningApp> {
  const { ds, config } = options;
  const systemDs = options.systemDs ?? ds;
  const modules = options.modules ?? [];
  const services = createServices(ds, config, {
    notifier: options.notifier,
    billingNotifier: options.billingNotifier,
    systemDs,
  });
  const app = express();
  app.disable('x-powered-by');
  // no ETag on res.send: nothing caches a POST /graphql, and hashing each body cost CPU on every page (static files keep theirs)
  app.set('etag', false);
  if (config.trustProxy) app.set('trust proxy', true);
  const logger = options.logger ?? rootLogger();
  const logError = options.log ?? ((err: unknown) => logger.error({ err }, 'unexpected error in a GraphQL request'));
  // requests refused before GraphQL runs, counted per sender: past a few, refused at the door (common/refusals.ts),
  // in front of express itself (see the HTTP server below): before anything else on the request
  const refusals = new RefusalGuard(
    {
      perWindow: config.rateLimit.refusalsPerWindow,
      windowMs: config.rateLimit.windowMs,
      trustProxy: config.trustProxy,
      doorDelayMaxMs: config.rateLimit.doorDelayMaxMs,
    },
    services.rateLimiter,
    logger,
  );
  // every response's first handlers (also those of /graphql, which skips the router: see below)
  const everyRequest = [requestLogger(logger), httpMetrics()];
  const headers = securityHeaders(config.production);
  app.use(...everyRequest);
  const unbindMetrics = bindDataSource(ds, systemDs);
  metricsRoute(app, config.metricsToken);
  app.use(headers);
  let graphqlRoute: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const server = http.createServer(expressHttpClasses(app), (req, res) => {
    if (refusals.answeredAtDoor(req, res)) return;
    if (graphqlRoute && isExactPath(req.url, '/graphql')) graphqlRoute(req, res);
    else app(req, res);
  });
  // who may call: access tokens (auth module) and API keys (api-keys module)
  const authenticators: Authenticators = {
    accessToken: accessTokenAuthenticator(config.jwtSecret),
    apiKey: { prefix: API_KEY_PREFIX, authenticate: authenticateApiKey },
  };
  const deps: AppDeps = {
    ds,
    systemDs,
    config,
    services,
    contextFor: (req, res) => buildContext({ ds, systemDs, config, services, authenticators }, req, res),
  };

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(ds.query('SELECT 1'), 2000);
      res.json({ ok: true, database: 'up' });
    } catch {
      res.status(503).json({ ok: false, database: 'down' });
    }
  });

  const schema = buildAppSchema();
  // live subscriptions: graphql-ws on the same server and path, fanned out through LISTEN/NOTIFY (modules/live)
  await services.live.bus.start();
  const liveServer = attachLiveServer({
    server,
    schema,
    authenticate: async (token) => (await authenticateBearer(authenticators, { app: ds, system: systemDs }, `Bearer ${token}`)).caller,
    makeContext: (caller) =>
      ({
        ds,
        config,
        services,
        loaders: createLoaders(tenantDb(ds, caller.organizationId)),
        caller,
        authError: null,
        req: undefined,
        res: undefined,
        ip: 'ws',
      }) as unknown as LiveContext,
    renewLoaders: (ctx) => {
      ctx.loaders = createLoaders(tenantDb(ds, ctx.caller!.organizationId));
    },
    limiter: services.rateLimiter,
    live: services.live,
    maxConnectionsPerMember: config.live.maxConnectionsPerMember,
    recheckMs: config.live.recheckMs,
    formatError: (e) => formatError(e.toJSON(), e, logError),
  });
  const apollo = new ApolloServer<Context>({
    // graphql-jit executes (common/jit-executor.ts): Apollo gets the schema through its gateway interface
    gateway: jitGateway(schema),
    introspection: config.introspection !== 'off',
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT (modules, database, then exit); Apollo's own handler would race it
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: DEFAULT_LIMITS.maxTokens },
    formatError: (formatted, error) => formatDatabaseFailure(formatted, error, logError) ?? formatError(formatted, error, logError),
    persistedQueries: false, // no client uses APQ: a persistedQuery extension answers 400 PERSISTED_QUERY_NOT_SUPPORTED
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      { serverWillStart: async () => ({ drainServer: () => liveServer.dispose() }) },
      rateLimitPlugin(services.rateLimiter, (req) => refusals.countRefused(req)),
      ApolloServerPluginLandingPageDisabled(),
      // no type or field sets a cache hint; the default plugin costs ~2 ms on a members page
      ApolloServerPluginCacheControlDisabled(),
      introspectionGate(config.introspection),
      graphqlLogPlugin(),
      graphqlMetricsPlugin(schema),
      persistedQueryStatus(),
    ],
  });
  await apollo.start();
  const refuse: Refuse = (req, res, status, error) => refusals.refuse(req, res, status, error);
  const graphqlHandlers: express.RequestHandler[] = [
    refusals.costOnErrors(),
    cookieParser(),
    express.json({ limit: '1mb' }), // variables may be large (usage batches)…
    limitDocumentSize(32 * 1024, refuse), // …the GraphQL document itself may not
    queryLimitsMiddleware(schema, DEFAULT_LIMITS, refuse), // depth, aliases, fields, cost…: before any context or validation (issue 9)
    apolloHandler(apollo, async ({ req, res }) => {
      const ctx = await deps.contextFor(req, res);
      if (ctx.caller) refusals.remember(req, ctx.caller);
      return ctx;
    }),
  ];
  app.use('/graphql', ...graphqlHandlers);
  // /graphql itself (with or without a query string) runs the same handlers without express's router (common/direct-route.ts)
  graphqlRoute = directRoute(app, [...everyRequest, headers, ...graphqlHandlers, jsonNotFound()], jsonErrorHandler(logError));

  for (const m of modules) m.routes?.(app, deps);

  if (fs.existsSync(path.join(config.clientDist, 'index.html'))) {
    app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|api\/|healthz|readyz).*/, (_req, res) => {
      res.sendFile(path.join(config.clientDist, 'index.html'));
    });
  }

  app.use(jsonNotFound(), jsonErrorHandler(logError));

  if (options.startWorkers !== false) for (const m of modules) await m.start?.(deps);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const reachable = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    app,
    server,
    services,
    deps,
    refusals,
    url: `http://${reachable}:${actualPort}`,
    async stop() {
      for (const m of modules) await m.stop?.();
      await apollo.stop();
      await services.live.bus.stop();
      await services.rateLimiter.close();
      unbindMetrics();
    },
  };
}
