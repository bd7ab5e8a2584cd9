import { buildClientSchema, buildSchema, getIntrospectionQuery, graphqlSync, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPACT_INTROSPECTION_QUERY } from '../compact-introspection';
import { createPlaygroundFetcher } from '../playground-fetcher';
import { liveUrl } from '../../../apollo/ws-link';

function captureFetch(response: object = { data: { ok: true } }) {
  const calls: { url: string; init: RequestInit & { headers: Record<string, string> } }[] = [];
  Object.assign(globalThis, {
    fetch: jest.fn(async (url: string, init: RequestInit & { headers: Record<string, string> }) => {
      calls.push({ url, init });
      return { status: 200, text: async () => JSON.stringify(response) };
    }),
  });
  return calls;
}

describe('playground fetcher', () => {
  it('posts to /graphql with the current token and the CSRF header', async () => {
    const calls = captureFetch();
    let token: string | null = 'first';
    const fetcher = createPlaygroundFetcher(() => token);
    await fetcher({ query: '{ viewer { permissions } }', operationName: null }, {});
    token = 'refreshed';
    await fetcher({ query: '{ viewer { permissions } }', operationName: null }, {});
    expect(calls[0].url).toBe('/graphql');
    expect(calls[0].init.headers.authorization).toBe('Bearer first');
    expect(calls[1].init.headers.authorization).toBe('Bearer refreshed');
    expect(calls[0].init.headers['apollo-require-preflight']).toBe('true');
    expect(calls[0].init.credentials).toBe('same-origin');
  });

  it('sends subscriptions over the same-origin WebSocket, not POST (a failed connection shows as an error)', async () => {
    const calls = captureFetch();
    const fetcher = createPlaygroundFetcher(() => 'session-token', '/graphql', 'ws://127.0.0.1:9/graphql');
    const result = (await fetcher({ query: 'subscription { usageRecorded { id } }', operationName: null }, {})) as AsyncIterator<unknown>;
    expect(typeof result.next).toBe('function');
    const first = await result.next();
    expect(first.value).toMatchObject({ errors: [expect.objectContaining({ message: expect.any(String) })] });
    await result.return?.();
    expect(calls).toHaveLength(0);
  });

  it('derives ws:// or wss:// from the page: the CSP connect-src of the same origin', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:4000' })).toBe('ws://localhost:4000/graphql');
    expect(liveUrl({ protocol: 'https:', host: 'orgpulse.example.com' })).toBe('wss://orgpulse.example.com/graphql');
  });

  it('lets a header typed in the playground (an API key) win', async () => {
    const calls = captureFetch();
    const fetcher = createPlaygroundFetcher(() => 'session-token');
    await fetcher({ query: '{ viewer { permissions } }', operationName: null }, { headers: { Authorization: 'Bearer op_key' } });
    expect(calls[0].init.headers.authorization).toBe('Bearer op_key');
  });

  it('swaps GraphiQL’s introspection for the compact one', async () => {
    const calls = captureFetch();
    const fetcher = createPlaygroundFetcher(() => null);
    await fetcher({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' }, {});
    expect(JSON.parse(String(calls[0].init.body)).query).toBe(COMPACT_INTROSPECTION_QUERY);
    expect(calls[0].init.headers.authorization).toBeUndefined();
  });

  it('the compact introspection is valid and yields the whole schema', () => {
    // the schema the server emits and commits (the one the client's types are generated from)
    const sdl = readFileSync(path.resolve(__dirname, '../../../../../server/schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    expect(validate(schema, parse(COMPACT_INTROSPECTION_QUERY))).toEqual([]);
    const result = graphqlSync({ schema, source: COMPACT_INTROSPECTION_QUERY });
    expect(result.errors).toBeUndefined();
    const rebuilt = buildClientSchema(result.data as never);
    expect(Object.keys(rebuilt.getMutationType()!.getFields())).toEqual(Object.keys(schema.getMutationType()!.getFields()));
    expect(String(rebuilt.getQueryType()!.getFields().members.type)).toBe('MemberConnection!');
  });
});
