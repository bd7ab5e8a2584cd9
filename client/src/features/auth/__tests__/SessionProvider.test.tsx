import { useState } from 'react';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../apollo/client';
import { SessionManager } from '../../../apollo/session-manager';
import { SessionsQuery } from '../../sessions/sessions.graphql';
import { SessionProvider } from '../SessionProvider';
import { useSession } from '../session-context';

const ORGS = {
  'tok-A': { __typename: 'Organization', id: 'org-A', name: 'Acme AI' },
  'tok-B': { __typename: 'Organization', id: 'org-B', name: 'Beta Labs' },
} as const;
type Token = keyof typeof ORGS;

const user = { __typename: 'User', id: 'u-1', name: 'Uma', email: 'uma@example.com', mustChangePassword: false };
const payload = (token: Token) => ({
  __typename: 'AuthPayload',
  accessToken: token,
  user,
  member: { __typename: 'Member', id: `m-${token}`, role: 'MEMBER' },
  organization: ORGS[token],
});

/** A fake /graphql that answers per operation; the page's query answers slowly. */
function fakeServer() {
  Object.assign(globalThis, {
    fetch: jest.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { operationName: string };
      const token = (((init.headers ?? {}) as Record<string, string>).authorization ?? '').replace('Bearer ', '') as Token;
      let data: object;
      switch (body.operationName) {
        case 'RefreshSession':
          data = { refreshSession: payload('tok-A') };
          break;
        case 'SwitchOrganization':
          data = { switchOrganization: payload('tok-B') };
          break;
        case 'Viewer':
          data = {
            viewer: {
              __typename: 'Viewer',
              user,
              member: { __typename: 'Member', id: `m-${token}`, name: 'Uma', role: 'MEMBER', status: 'ACTIVE' },
              organization: ORGS[token],
              organizations: Object.values(ORGS),
              permissions: [],
            },
          };
          break;
        case 'Sessions':
          await new Promise((resolve) => setTimeout(resolve, 80));
          data = { sessions: [] };
          break;
        default:
          throw new Error(`unexpected ${body.operationName}`);
      }
      const text = JSON.stringify({ data });
      return {
        ok: true,
        status: 200,
        headers: { get: () => 'application/json' },
        text: async () => text,
        json: async () => JSON.parse(text),
      };
    }),
  });
}

function Page() {
  const { data } = useQuery(SessionsQuery);
  return <p>page {data ? 'loaded' : 'loading'}</p>;
}

/** Like the app: pages render only while the session is authenticated. */
function Probe() {
  const session = useSession();
  const [result, setResult] = useState('');
  return (
    <>
      <output>{result}</output>
      {session.status === 'authenticated' && session.viewer && (
        <>
          <p>in {session.viewer.organization.name}</p>
          <Page />
          <button
            onClick={() =>
              session.switchOrganization('org-B').then(
                () => setResult('switched'),
                (e: Error) => setResult(`failed: ${e.message}`),
              )
            }
          >
            switch
          </button>
        </>
      )}
    </>
  );
}

describe('SessionProvider: switching organization', () => {
  it('finishes the switch even when the page on screen unmounts while it refetches', async () => {
    fakeServer();
    const manager = new SessionManager();
    render(
      <ApolloProvider client={createApolloClient(manager)}>
        <SessionProvider manager={manager}>
          <Probe />
        </SessionProvider>
      </ApolloProvider>,
    );
    expect(await screen.findByText('in Acme AI')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'switch' }));

    expect(await screen.findByText('in Beta Labs')).toBeInTheDocument();
    expect(await screen.findByText('switched')).toBeInTheDocument();
    expect(manager.tokens.get()).toBe('tok-B');
    manager.dispose();
  });
});
