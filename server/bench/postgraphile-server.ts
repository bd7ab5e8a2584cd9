/**
 * PostGraphile 5 (amber preset, grafserv on node:http) as a peer of the S1 bench (bench/members.ts, issue 11):
 * the schema PostGraphile builds from the seed's tables, asked POSTGRAPHILE_MEMBERS_QUERY (bench/postgraphile-queries.ts).
 * Per request the same work as B1 (bench/b1-server.ts): the same JWT (HS256, verifyAccessToken) and the same
 * session statement, then the page of memberships with their users, inviters and latest outbox row, and
 * totalCount. Prints "READY <url>"; answers 'stats' (bench/stats.ts) with the statements sent to PostgreSQL
 * (every query on a pool client: the session check, PostGraphile's own, and its begin/set_config/commit in the
 * rls mode) and its CPU time.
 *
 * Row-level security (memberships, sessions and email_outbox force it, with app_organization_id()):
 *   PG_AUTH=owner (default)  connect as the database owner (superuser, RLS bypassed), as B1 does; the page is
 *     scoped by `condition: { organizationId: $org }`, and the context refuses a request whose $org is not
 *     the verified session's organization. The same statements as B1 (session, page, count), no transaction:
 *     the fair peer for "the same work per request".
 *   PG_AUTH=rls  PostGraphile's usual way, and orgpulse's security model: pgSettings from the session
 *     (role orgpulse_app, app.organization_id, app.user_id), so RLS scopes the page; PostGraphile then wraps
 *     each request in begin / set_config / commit.
 */
import './postgraphile-node20';
import { createSecretKey } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { verifyAccessToken } from '../src/common/auth/tokens';
import { answerStats } from './stats';
import { SESSION_SQL } from './members-sql';

// Subpath exports, which the repository's TypeScript (moduleResolution "node") cannot resolve: required, and
// typed here as far as this file uses them.
/* eslint-disable @typescript-eslint/no-require-imports */
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber') as { PostGraphileAmberPreset: GraphileConfig.Preset };
const { makePgService } = require('postgraphile/adaptors/pg') as {
  makePgService: (options: { pool: pg.Pool; schemas: string[] }) => NonNullable<GraphileConfig.Preset['pgServices']>[number];
};
type GrafservFactory = Parameters<ReturnType<typeof postgraphile>['createServ']>[0];
const { grafserv } = require('postgraphile/grafserv/node') as {
  grafserv: (config: Parameters<GrafservFactory>[0]) => ReturnType<GrafservFactory> & { addTo(server: Server): void };
};
/* eslint-enable @typescript-eslint/no-require-imports */

let sql = 0;

/** Counts every statement a pool client sends (PostGraphile's and the session check alike). */
class CountingClient extends pg.Client {
  query(...args: unknown[]): any {
    sql++;
    return super.query.apply(this, args as Parameters<pg.Client['query']>);
  }
}

async function main(): Promise<void> {
  const mode = process.env.PG_AUTH ?? 'owner';
  if (mode !== 'owner' && mode !== 'rls') throw new Error(`PG_AUTH=${mode}: owner or rls`);
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.BENCH_POOL || 20),
    // the fourth server's 20 connections while the others run would take the shared PostgreSQL (max_connections
    // 100) past its limit ("sorry, too many clients already"): idle ones close after 1 s, reopened in the warm-up
    idleTimeoutMillis: 1000,
    Client: CountingClient,
  });
  answerStats(() => sql);
  const key = createSecretKey(Buffer.from(process.env.JWT_SECRET!, 'utf8'));

  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, dangerouslyAllowAllCORSRequests: false },
    grafast: {
      explain: false,
      async context(ctx: { node?: { req: IncomingMessage } }, args: { variableValues?: Record<string, unknown> | null }): Promise<any> {
        const token = /^Bearer\s+(\S+)$/i.exec(ctx.node?.req.headers.authorization ?? '')?.[1];
        const claims = token ? verifyAccessToken(token, key) : null;
        const unauthenticated = () => new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
        if (!claims) throw unauthenticated();
        const {
          rows: [row],
        } = await pool.query<{ organization_id: string }>(SESSION_SQL, [claims.sid, claims.mid, claims.sub, claims.org]);
        if (!row) throw unauthenticated();
        if (mode === 'rls') return { pgSettings: { role: 'orgpulse_app', 'app.organization_id': row.organization_id, 'app.user_id': '' } };
        const org = args.variableValues?.org;
        // owner mode reads every organization's rows: only a request scoped to the caller's own organization runs
        if (org !== row.organization_id) throw new GraphQLError('Not your organization.', { extensions: { code: 'FORBIDDEN' } });
        return {};
      },
    },
  };

  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.keepAliveTimeout = 60_000;
  serv.addTo(server);
  await serv.ready();
  server.listen(0, '127.0.0.1', () => {
    const a = server.address() as { port: number };
    process.stdout.write(`READY http://127.0.0.1:${a.port}\n`);
  });
  process.on('SIGTERM', () =>
    server.close(() => {
      void (async () => {
        await pgl.release();
        await pool.end();
        process.exit(0);
      })();
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
