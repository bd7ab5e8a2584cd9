import { readExpiry } from '../access-token';
import { SessionManager } from '../session-manager';

function jwt(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

function authPayload(accessToken: string) {
  return {
    data: {
      refreshSession: {
        accessToken,
        user: { id: 'u1', name: 'Ada', email: 'ada@example.com', mustChangePassword: false },
        member: { id: 'm1', role: 'OWNER' },
        organization: { id: 'o1', name: 'Acme' },
      },
    },
  };
}

function mockFetch(...bodies: object[]) {
  const fetchMock = jest.fn(async () => ({ json: async () => bodies.shift() ?? { data: null } }));
  Object.assign(globalThis, { fetch: fetchMock });
  return fetchMock;
}

afterEach(() => {
  jest.useRealTimers();
});

describe('readExpiry', () => {
  it('reads exp (seconds) as milliseconds, and null for anything else', () => {
    expect(readExpiry(jwt({ exp: 1_900_000_000 }))).toBe(1_900_000_000_000);
    expect(readExpiry('not-a-jwt')).toBeNull();
    expect(readExpiry(jwt({ sub: 'x' }))).toBeNull();
  });
});

describe('SessionManager', () => {
  it('restores a session from the refresh cookie with a credentialed, CSRF-safe POST', async () => {
    const token = jwt({ exp: Math.floor(Date.now() / 1000) + 900 });
    const fetchMock = mockFetch(authPayload(token));
    const manager = new SessionManager();
    const payload = await manager.restore();
    expect(payload?.user.email).toBe('ada@example.com');
    expect(manager.tokens.get()).toBe(token);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit & { headers: Record<string, string> }];
    expect(url).toBe('/graphql');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers['content-type']).toBe('application/json');
    expect(init.headers['apollo-require-preflight']).toBe('true');
    expect(JSON.parse(String(init.body))).toMatchObject({ operationName: 'RefreshSession', variables: {} });
    expect(JSON.parse(String(init.body)).query).toMatch(/mutation RefreshSession\s*{\s*refreshSession\s*{/);
    manager.dispose();
  });

  it('shares one request between concurrent refreshes', async () => {
    const fetchMock = mockFetch(authPayload(jwt({ exp: Math.floor(Date.now() / 1000) + 900 })));
    const manager = new SessionManager();
    const results = await Promise.all([manager.refresh(), manager.refresh(), manager.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    manager.dispose();
  });

  it('clears the token and announces expiry when the refresh is refused', async () => {
    mockFetch(authPayload(jwt({ exp: Math.floor(Date.now() / 1000) + 900 })), {
      data: null,
      errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const manager = new SessionManager();
    await manager.restore();
    const expired = jest.fn();
    manager.on('expired', expired);
    expect(await manager.refresh()).toBe(false);
    expect(manager.tokens.get()).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
    manager.dispose();
  });

  it('refreshes silently a minute before the access token expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const now = Math.floor(Date.now() / 1000);
    const first = jwt({ exp: now + 15 * 60 });
    const second = jwt({ exp: now + 30 * 60 });
    const fetchMock = mockFetch(authPayload(second));
    const manager = new SessionManager();
    manager.accept({ accessToken: first });

    jest.advanceTimersByTime(13 * 60 * 1000);
    expect(fetchMock).not.toHaveBeenCalled();
    jest.advanceTimersByTime(60 * 1000 + 10);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await manager.restore(); // joins the refresh the timer started (one request, see above)
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(manager.tokens.get()).toBe(second);
    manager.dispose();
  });
});
