import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import type { SessionManager } from './session-manager';

/** Close codes of the server's live connections (server/src/modules/live). */
const LIVE_CLOSE = { unauthorized: 4401, forbidden: 4403, tooMany: 4429 } as const;

/** ws:// or wss:// on the page's own origin: the same host as POST /graphql, so the CSP's 'self' covers it. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/** The `sid` (session) claim of an access token: a new session needs a new connection, a refreshed token does not. */
function sessionOf(token: string | null): string | null {
  if (!token) return null;
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '='))) as { sid?: unknown };
    return typeof claims.sid === 'string' ? claims.sid : token;
  } catch {
    return token;
  }
}

/**
 * The graphql-ws client of the SPA: connects when the first subscription starts (lazy),
 * authenticates with the current access token in `connectionParams`, reconnects with
 * back-off after a network failure, refreshes the token after a 4401, and gives up on 4403
 * (removed, suspended) and 4429 (too many connections). A new session (sign-in, switching
 * organization, sign-out) restarts the connection under the new identity.
 */
export function createLiveClient(session: SessionManager, url = liveUrl()): Client {
  let current = sessionOf(session.tokens.get());
  const client = createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: 8,
    connectionParams: () => {
      const token = session.tokens.get();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    shouldRetry: (e) => {
      const code = (e as { code?: number } | null)?.code;
      return code !== LIVE_CLOSE.forbidden && code !== LIVE_CLOSE.tooMany;
    },
    on: {
      closed: (e) => {
        if ((e as { code?: number } | null)?.code === LIVE_CLOSE.unauthorized) void session.refresh();
      },
    },
  });
  session.tokens.subscribe((token) => {
    const next = sessionOf(token?.value ?? null);
    if (next === current) return;
    current = next;
    client.terminate(); // the active subscriptions reconnect (or fail) under the new identity
  });
  return client;
}

/** Subscriptions over the WebSocket, everything else over HTTP. */
export function splitLiveLink(client: Client, http: ApolloLink): ApolloLink {
  return ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === Kind.OPERATION_DEFINITION && def.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(client),
    http,
  );
}
