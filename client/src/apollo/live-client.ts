import type { ApolloLink } from '@apollo/client';
import { print } from 'graphql';
import { Observable } from 'rxjs';
import { type Client, createClient } from 'graphql-ws';
import type { SessionManager } from './session-manager';
import { LIVE_CLOSE, liveUrl } from './ws-link';

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
function createLiveClient(session: SessionManager, url = liveUrl()): Client {
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

/**
 * The WebSocket side of the link, loaded with graphql-ws when the first subscription starts
 * (ws-link.ts): each operation becomes one graphql-ws subscription.
 */
export function createLiveLink(session: SessionManager): { request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> } {
  const client = createLiveClient(session);
  return {
    request: (operation) =>
      new Observable<ApolloLink.Result>((observer) =>
        client.subscribe<ApolloLink.Result['data']>(
          { query: print(operation.query), variables: operation.variables, operationName: operation.operationName },
          {
            next: (result) => observer.next(result as ApolloLink.Result),
            error: (error) => observer.error(error instanceof Error ? error : new Error(String((error as CloseEvent)?.reason ?? error))),
            complete: () => observer.complete(),
          },
        ),
      ),
  };
}
