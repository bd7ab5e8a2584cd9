import type { GraphiQLProps } from 'graphiql';
import { COMPACT_INTROSPECTION_QUERY } from './compact-introspection';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * POSTs to the same-origin /graphql with the signed-in token (read at each request, so a
 * refreshed token is used). A header typed in the playground's Headers tab wins, which lets
 * a developer try an API key instead.
 */
export function createPlaygroundFetcher(getAccessToken: () => string | null, endpoint = '/graphql'): Fetcher {
  return async (params, options) => {
    const token = getAccessToken();
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
