import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter, useRoutes } from 'react-router';
import { createApolloClient } from '../apollo/client';
import { SessionManager } from '../apollo/session-manager';
import { SessionProvider } from '../features/auth/SessionProvider';
import { routes } from './routes';
import { theme } from './theme';

export function App() {
  const { manager, client } = useMemo(() => {
    const manager = new SessionManager();
    return { manager, client: createApolloClient(manager) };
  }, []);

  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      {/* Bottom right: toasts cover neither the header (organization name) nor a page's main action. */}
      <Notifications position="bottom-right" />
      <ApolloProvider client={client}>
        <SessionProvider manager={manager}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}

function AppRoutes() {
  return useRoutes(routes);
}
