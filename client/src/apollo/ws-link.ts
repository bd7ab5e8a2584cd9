import { ApolloLink } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import type { SessionManager } from './session-manager';

/** Close codes of the server's live connections (server/src/modules/live). */
export const LIVE_CLOSE = { unauthorized: 4401, forbidden: 4403, tooMany: 4429 } as const;

/** ws:// or wss:// on the page's own origin: the same host as POST /graphql, so the CSP's 'self' covers it. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

const isSubscription = ({ query }: ApolloLink.Operation) => {
  const def = getMainDefinition(query);
  return def.kind === Kind.OPERATION_DEFINITION && def.operation === OperationTypeNode.SUBSCRIPTION;
};

/**
 * Subscriptions over the WebSocket, everything else over HTTP. graphql-ws and the WebSocket
 * link (live-client.ts) load with the first subscription, so pages without live data (the
 * members route) do not carry them.
 */
export function splitLiveLink(session: SessionManager, http: ApolloLink): ApolloLink {
  let live: Promise<{ request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> }> | null = null;
  const ws = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        live ??= import('./live-client').then((m) => m.createLiveLink(session));
        live.then(
          (link) => {
            if (!closed) inner = link.request(operation).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
  return ApolloLink.split(isSubscription, ws, http);
}
