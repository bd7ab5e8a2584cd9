import { useMemo } from 'react';
import { Link } from 'react-router';
import { Anchor, Text } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useSession } from '../auth/session-context';
import { createPlaygroundFetcher } from './playground-fetcher';

const DEFAULT_QUERY = `# Welcome to the orgpulse GraphQL playground.
# Requests go to /graphql as the signed-in user (add an
# "Authorization: Bearer <API key>" header to try a key instead).
# Subscriptions (usageRecorded, balanceChanged) run over the
# same-origin WebSocket: try  subscription { balanceChanged { balance } }
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
function GraphiQLPage() {
  const { getAccessToken, status, viewer } = useSession();
  const fetcher = useMemo(() => createPlaygroundFetcher(getAccessToken), [getAccessToken]);

  return (
    <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          minHeight: 44,
          padding: '4px 16px',
          borderBottom: '1px solid var(--mantine-color-default-border)',
        }}
      >
        <Anchor component={Link} to="/" size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
          ← Back to the console
        </Anchor>
        <Text
          role="status"
          size="sm"
          c="dimmed"
          truncate
          style={{ minWidth: 0 }}
          title={viewer ? `${viewer.user.email} in ${viewer.organization.name}` : undefined}
        >
          {status === 'loading'
            ? 'Restoring your session…'
            : viewer
              ? `Signed in as ${viewer.user.email} in ${viewer.organization.name}`
              : 'Not signed in: requests are anonymous (signUp and logIn work).'}
        </Text>
      </header>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
      </div>
    </div>
  );
}

export default GraphiQLPage;
