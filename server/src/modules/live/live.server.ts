import type http from 'node:http';
import { ErrorCode } from '@orgpulse/shared';
import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema, parse, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Caller } from '../../common/auth/caller';
import { checkQueryLimits, DEFAULT_LIMITS, operationCost } from '../../common/graphql-limits';
import { RateLimiter, rateLimited } from '../../common/rate-limit';
import type { LiveContext } from './live.resolver';
import type { LiveConnection, LiveService } from './live.service';

const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_TOO_MANY = 4429;

export interface LiveServerOptions {
  server: http.Server;
  schema: GraphQLSchema;
  /** The same authenticators as HTTP: the `authorization` connection parameter, read like the header. */
  authenticate(authorization: string): Promise<Caller | null>;
  /** A fresh operation context for the caller (the same shape HTTP resolvers get). */
  makeContext(caller: Caller): LiveContext;
  renewLoaders(ctx: LiveContext): void;
  limiter: RateLimiter;
  live: LiveService;
  maxConnectionsPerMember: number;
  recheckMs: number;
  formatError(error: GraphQLError): ReturnType<GraphQLError['toJSON']>;
}

type Extra = {
  connection?: LiveConnection;
};

function authorizationOf(params: Record<string, unknown> | undefined): string {
  const raw = params?.authorization ?? params?.Authorization ?? '';
  return typeof raw === 'string' ? raw : '';
}

const refusal = (code: string, message: string) => [new GraphQLError(message, { extensions: { code } })];

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's `/graphql` path. The connection
 * authenticates once in `connectionParams.authorization` ("Bearer <access token or API key>");
 * each subscription is checked against the query limits and charged to the caller's
 * rate-limit budgets; each event re-checks the member (live.resolver.ts), and so does a timer.
 */
export function attachLiveServer(o: LiveServerOptions): { dispose(): Promise<void> } {
  const wss = new WebSocketServer({ server: o.server, path: '/graphql' });
  const perMember = new Map<string, number>();
  const cleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: o.schema,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const authorization = authorizationOf(ctx.connectionParams);
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        const caller = match ? await o.authenticate(match[1]) : null;
        if (!caller) {
          socket.close(
            CLOSE_UNAUTHORIZED,
            match
              ? 'Unauthorized: this token or API key is not valid'
              : 'Unauthorized: send connectionParams.authorization "Bearer <token>"',
          );
          return false;
        }
        const open = perMember.get(caller.membershipId) ?? 0;
        if (open >= o.maxConnectionsPerMember) {
          socket.close(CLOSE_TOO_MANY, `Too many live connections for this member (at most ${o.maxConnectionsPerMember})`);
          return false;
        }
        perMember.set(caller.membershipId, open + 1);
        const connection: LiveConnection = {
          caller,
          close: (code, reason) => socket.close(code, reason),
        };
        const timer = setInterval(() => {
          o.live
            .recheck(connection)
            .then((ok) => ok || connection.close(4403, 'Forbidden: the member, session or API key is no longer active'))
            .catch(() => undefined);
        }, o.recheckMs);
        timer.unref();
        socket.once('close', () => {
          clearInterval(timer);
          const n = (perMember.get(caller.membershipId) ?? 1) - 1;
          if (n > 0) perMember.set(caller.membershipId, n);
          else perMember.delete(caller.membershipId);
        });
        ctx.extra.connection = connection;
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const connection = ctx.extra.connection!;
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: DEFAULT_LIMITS.maxTokens });
        } catch (err) {
          return refusal('GRAPHQL_PARSE_FAILED', (err as Error).message);
        }
        const variables = payload.variables ?? {};
        let cost = 0;
        const tooComplex = checkQueryLimits(o.schema, document, variables, DEFAULT_LIMITS, (m) => {
          cost = operationCost(m.operations, payload.operationName);
        });
        if (tooComplex) return [tooComplex];
        const errors = validate(o.schema, document);
        if (errors.length) return errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const op = getOperationAST(document, payload.operationName);
        if (op?.operation !== 'subscription') {
          return refusal(
            ErrorCode.BadUserInput,
            'Only subscriptions run over the WebSocket: send queries and mutations with POST /graphql.',
          );
        }
        const charge = await o.limiter.charge(connection.caller, 'ws', cost);
        if (!charge.allowed) {
          const err = rateLimited(charge);
          delete (err.extensions as { http?: unknown }).http;
          return [err];
        }
        const contextValue = o.makeContext(connection.caller);
        contextValue.live = { connection, renewLoaders: () => o.renewLoaders(contextValue) };
        return { schema: o.schema, document, variableValues: variables, operationName: payload.operationName, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => o.formatError(e)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => o.formatError(e)),
    },
    wss,
  );
  return {
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
