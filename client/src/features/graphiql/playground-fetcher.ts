import type { GraphiQLProps } from 'graphiql';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import { liveUrl } from '../../apollo/ws-link';
import { COMPACT_INTROSPECTION_QUERY } from './compact-introspection';

type Fetcher = GraphiQLProps['fetcher'];

function isSubscription(query: string, operationName?: string | null): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false; // the server reports the syntax error
  }
}

/**
 * A subscription over graphql-ws on the same origin (ws:// or wss:// on the page's host), as
 * the signed-in user or with the Authorization header typed in the Headers tab. One
 * connection per subscription, closed when GraphiQL stops listening.
 */
function subscribe(
  params: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  authorization: string | null,
  url: string,
): AsyncIterableIterator<unknown> {
  const client = createClient({ url, lazy: true, retryAttempts: 0, connectionParams: authorization ? { authorization } : {} });
  const events = client.iterate({
    query: params.query,
    operationName: params.operationName ?? undefined,
    variables: params.variables ?? {},
  });
  const end = async () => {
    await events.return?.();
    await client.dispose();
  };
  return {
    next: async () => {
      try {
        const r = await events.next();
        if (r.done) await client.dispose();
        return r;
      } catch (err) {
        await client.dispose();
        // a close (4401, 4403, 4429…) or a refused subscription: shown in the result pane
        const e = err as { code?: number; reason?: string; message?: string } | Array<{ message: string }>;
        const message = Array.isArray(e) ? e.map((x) => x.message).join('; ') : e.reason || e.message || `closed (${e.code ?? 'unknown'})`;
        return { done: false, value: { errors: [{ message, extensions: Array.isArray(e) ? {} : { closeCode: e.code } }] } };
      }
    },
    return: async () => {
      await end();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * POSTs to the same-origin /graphql with the signed-in token (read at each request, so a
 * refreshed token is used). A header typed in the playground's Headers tab wins, which lets
 * a developer try an API key instead.
 */
export function createPlaygroundFetcher(getAccessToken: () => string | null, endpoint = '/graphql', wsUrl?: string): Fetcher {
  return async (params, options) => {
    const token = getAccessToken();
    if (isSubscription(params.query, params.operationName)) {
      const typed = Object.entries(options?.headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
      return subscribe(params, typed ? String(typed) : token ? `Bearer ${token}` : null, wsUrl ?? liveUrl(window.location, endpoint));
    }
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify(params.operationName === 'IntrospectionQuery' ? { ...params, query: COMPACT_INTROSPECTION_QUERY } : params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
    }
  };
}
