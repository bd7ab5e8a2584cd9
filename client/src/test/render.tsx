import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MemoryRouter } from 'react-router';
import { permissionsOf, type Role } from '@orgpulse/shared';
import { theme } from '../app/theme';
import { SessionContext, type Session } from '../features/auth/session-context';
import type { ViewerFieldsFragment } from '../gql/graphql';

export const ORG = { __typename: 'Organization' as const, id: 'org-1', name: 'Acme AI' };

export function makeViewer(
  role: Role,
  overrides: Partial<{
    memberId: string;
    name: string;
    email: string;
    emailVerified: boolean;
    mfaEnabled: boolean;
    requireMfa: boolean;
  }> = {},
): ViewerFieldsFragment {
  const name = overrides.name ?? 'Vera Viewer';
  return {
    user: {
      id: 'user-viewer',
      name,
      email: overrides.email ?? 'vera@example.com',
      mustChangePassword: false,
      emailVerified: overrides.emailVerified ?? true,
      mfaEnabled: overrides.mfaEnabled ?? false,
    },
    member: { id: overrides.memberId ?? 'm-viewer', name, role, status: 'ACTIVE' },
    organization: { ...ORG, requireMfa: overrides.requireMfa ?? false },
    organizations: [ORG],
    permissions: permissionsOf(role),
  };
}

export function makeSession(role: Role | null, viewer = role ? makeViewer(role) : null): Session {
  return {
    status: viewer ? 'authenticated' : 'anonymous',
    viewer,
    role,
    mustChangePassword: false,
    mfaEnrollmentRequired: false,
    getAccessToken: () => (viewer ? 'test-token' : null),
    signIn: jest.fn(async () => undefined),
    signOut: jest.fn(async () => undefined),
    switchOrganization: jest.fn(async () => undefined),
  };
}

interface Options {
  role?: Role | null;
  session?: Session;
  mocks?: MockLink.MockedResponse[];
  route?: string;
}

/** Renders inside the app's providers, with a fixed session and mocked GraphQL. */
export function renderWithProviders(ui: ReactElement, { role = 'ADMIN', session, mocks = [], route = '/' }: Options = {}) {
  const value = session ?? makeSession(role);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider theme={theme}>
      <Notifications />
      <MockedProvider mocks={mocks}>
        <SessionContext.Provider value={value}>
          <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
        </SessionContext.Provider>
      </MockedProvider>
    </MantineProvider>
  );
  return { session: value, ...render(ui, { wrapper }) };
}
