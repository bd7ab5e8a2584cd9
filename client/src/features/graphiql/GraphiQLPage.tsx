import { useMemo } from 'react';
import { Link } from 'react-router';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useSession } from '../auth/session-context';
import { createPlaygroundFetcher } from './playground-fetcher';

const DEFAULT_QUERY = `# Welcome to the orgpulse GraphQL playground.
# Requests go to /graphql as the signed-in user (add an
# "Authorization: Bearer <API key>" header to try a key instead).
# Press Ctrl+Enter (Cmd+Enter) to run.

query Me {
  viewer {
    user { name email }
    organization { name creditBalance { balance isLow } }
    member { role }
    permissions
  }
}
`;

/** GraphiQL bundled with the app (Monaco workers included): it works offline, with no CDN. */
export function GraphiQLPage() {
  const { getAccessToken, status, viewer } = useSession();
  const fetcher = useMemo(() => createPlaygroundFetcher(getAccessToken), [getAccessToken]);

  return (
    <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          padding: '6px 16px',
          fontFamily: 'system-ui, sans-serif',
          fontSize: 14,
          borderBottom: '1px solid rgba(128,128,128,.3)',
        }}
      >
        <Link to="/">← Back to the console</Link>
        <span role="status">
          {status === 'loading'
            ? 'Restoring your session…'
            : viewer
              ? `Signed in as ${viewer.user.email} in ${viewer.organization.name}`
              : 'Not signed in: requests are anonymous (signUp and logIn work).'}
        </span>
      </header>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
      </div>
    </div>
  );
}

export default GraphiQLPage;
