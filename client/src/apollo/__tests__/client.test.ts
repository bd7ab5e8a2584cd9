import { gql } from '@apollo/client';
import { createApolloClient } from '../client';
import { SessionManager } from '../session-manager';

type Call = { url: string; headers: Record<string, string>; body: { operationName?: string; query: string } };

function jwt(exp: number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256' })}.${encode({ exp })}.sig`;
}

function json(body: object) {
  const text = JSON.stringify(body);
  return {
    ok: true,
    status: 200,
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
    text: async () => text,
    json: async () => JSON.parse(text),
  };
}

/** A fake /graphql: answers from `reply`, recording every request. */
function fakeServer(reply: (call: Call, index: number) => object) {
  const calls: Call[] = [];
  const fetchMock = jest.fn(async (url: string, init: RequestInit) => {
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const call = { url, headers, body: JSON.parse(String(init.body)) };
    calls.push(call);
    return json(reply(call, calls.length - 1));
  });
  Object.assign(globalThis, { fetch: fetchMock });
  return calls;
}

const ME = gql`
  query Me {
    me: organization {
      id
      name
    }
  }
`;

const refreshed = (token: string) => ({
  data: {
    refreshSession: {
      accessToken: token,
      user: { id: 'u1', name: 'Ada', email: 'ada@example.com', mustChangePassword: false },
      member: { id: 'm1', role: 'OWNER' },
      organization: { id: 'o1', name: 'Acme' },
    },
  },
});

describe('Apollo client links', () => {
  const exp = Math.floor(Date.now() / 1000) + 900;
  const oldToken = jwt(exp);
  const newToken = jwt(exp + 1);

  it('sends the bearer token, same-origin credentials and the CSRF preflight header', async () => {
    const calls = fakeServer(() => ({ data: { me: { __typename: 'Organization', id: 'o1', name: 'Acme' } } }));
    const manager = new SessionManager();
    manager.accept({ accessToken: oldToken });
    const client = createApolloClient(manager);
    const { data } = await client.query({ query: ME });
    expect(data).toMatchObject({ me: { name: 'Acme' } });
    expect(calls[0].url).toBe('/graphql');
    expect(calls[0].headers.authorization).toBe(`Bearer ${oldToken}`);
    expect(calls[0].headers['apollo-require-preflight']).toBe('true');
    expect(calls[0].headers['content-type']).toMatch(/application\/json/);
    manager.dispose();
  });

  it('on UNAUTHENTICATED refreshes once and replays the operation with the new token', async () => {
    const calls = fakeServer((call, index) => {
      if (call.body.operationName === 'RefreshSession') return refreshed(newToken);
      if (index === 0) return { errors: [{ message: 'Your session expired.', extensions: { code: 'UNAUTHENTICATED' } }] };
      return { data: { me: { __typename: 'Organization', id: 'o1', name: 'Acme' } } };
    });
    const manager = new SessionManager();
    manager.accept({ accessToken: oldToken });
    const client = createApolloClient(manager);

    const { data } = await client.query({ query: ME });

    expect(data).toMatchObject({ me: { name: 'Acme' } });
    expect(calls.map((c) => c.body.operationName)).toEqual(['Me', 'RefreshSession', 'Me']);
    expect(calls[2].headers.authorization).toBe(`Bearer ${newToken}`);
    manager.dispose();
  });

  it('gives up after one refresh: a second UNAUTHENTICATED reaches the caller', async () => {
    const calls = fakeServer((call) =>
      call.body.operationName === 'RefreshSession'
        ? refreshed(newToken)
        : { errors: [{ message: 'Not signed in.', extensions: { code: 'UNAUTHENTICATED' } }] },
    );
    const manager = new SessionManager();
    manager.accept({ accessToken: oldToken });
    const client = createApolloClient(manager);
    await expect(client.query({ query: ME })).rejects.toThrow('Not signed in.');
    expect(calls.map((c) => c.body.operationName)).toEqual(['Me', 'RefreshSession', 'Me']);
    manager.dispose();
  });

  it('announces PASSWORD_CHANGE_REQUIRED so the app can route to the password page', async () => {
    fakeServer(() => ({
      errors: [{ message: 'Change your temporary password first.', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } }],
    }));
    const manager = new SessionManager();
    manager.accept({ accessToken: oldToken });
    const required = jest.fn();
    manager.on('password-change-required', required);
    const client = createApolloClient(manager);
    await expect(client.query({ query: ME })).rejects.toThrow('Change your temporary password first.');
    expect(required).toHaveBeenCalledTimes(1);
    manager.dispose();
  });

  it('announces MFA_ENROLLMENT_REQUIRED so the app can route to the enrolment page', async () => {
    fakeServer(() => ({
      errors: [{ message: 'This organization requires two-factor sign-in.', extensions: { code: 'MFA_ENROLLMENT_REQUIRED' } }],
    }));
    const manager = new SessionManager();
    manager.accept({ accessToken: oldToken });
    const required = jest.fn();
    manager.on('mfa-enrollment-required', required);
    const client = createApolloClient(manager);
    await expect(client.query({ query: ME })).rejects.toThrow('This organization requires two-factor sign-in.');
    expect(required).toHaveBeenCalledTimes(1);
    manager.dispose();
  });
});
