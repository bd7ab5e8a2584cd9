import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { Role } from '@orgpulse/shared';
import { makeSession, makeViewer, ORG, renderWithProviders } from '../../../test/render';
import { LeaveOrganizationSection } from '../components/LeaveOrganizationSection';
import { LeaveOrganizationAndSwitchMutation, LeaveOrganizationMutation } from '../organizations.graphql';

const BETA = { __typename: 'Organization' as const, id: 'org-2', name: 'Beta Labs' };
const GAMMA = { __typename: 'Organization' as const, id: 'org-3', name: 'Gamma Works' };

function sessionIn(role: Role, organizations = [ORG]) {
  const viewer = makeViewer(role);
  viewer.organizations = organizations;
  return makeSession(role, viewer);
}

const LEFT = { __typename: 'Member' as const, id: 'm-viewer', status: 'REMOVED' as const };
const payloadFor = (org: typeof BETA) => ({
  __typename: 'AuthPayload' as const,
  accessToken: 'token-for-next-org',
  user: { __typename: 'User' as const, id: 'user-viewer', name: 'Vera Viewer', email: 'vera@example.com', mustChangePassword: false },
  member: { __typename: 'Member' as const, id: `m-in-${org.id}`, role: 'MEMBER' as const },
  organization: org,
});

function App() {
  return (
    <Routes>
      <Route path="/settings/organization" element={<LeaveOrganizationSection />} />
      <Route path="/members" element={<p>members page</p>} />
      <Route path="/sign-in" element={<p>sign-in page</p>} />
    </Routes>
  );
}

async function openDialog() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Leave organization' }));
  const dialog = await screen.findByRole('dialog', { name: 'Leave Acme AI?' });
  return { user, dialog };
}

describe('Leave organization', () => {
  it('the owner cannot leave and is told to transfer ownership first', () => {
    renderWithProviders(<App />, { session: sessionIn('OWNER', [ORG, BETA]), route: '/settings/organization' });
    expect(screen.getByText(/Transfer ownership to another member first/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave organization' })).toBeDisabled();
  });

  it('asks first and says what leaving does; cancelling changes nothing', async () => {
    const result = jest.fn(() => ({ data: { leaveOrganization: LEFT } }));
    const { session } = renderWithProviders(<App />, {
      session: sessionIn('MEMBER', [ORG, BETA]),
      route: '/settings/organization',
      mocks: [{ request: { query: LeaveOrganizationMutation }, result }],
    });
    const { user, dialog } = await openDialog();
    expect(within(dialog).getByText(/ends your access at once/)).toBeInTheDocument();
    expect(within(dialog).getByText(/keeps your usage history, the resources you created/)).toBeInTheDocument();
    expect(within(dialog).getByText(/an owner or administrator has to add you again/)).toBeInTheDocument();
    expect(within(dialog).getByText('You will continue in Beta Labs.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(result).not.toHaveBeenCalled();
    expect(session.signIn).not.toHaveBeenCalled();
    expect(session.signOut).not.toHaveBeenCalled();
  });

  it('leaves and continues in the other organization with the session that comes back', async () => {
    const result = jest.fn(() => ({ data: { leaveOrganization: LEFT, switchOrganization: payloadFor(BETA) } }));
    const { session } = renderWithProviders(<App />, {
      role: 'ADMIN',
      session: sessionIn('ADMIN', [ORG, BETA]),
      route: '/settings/organization',
      mocks: [{ request: { query: LeaveOrganizationAndSwitchMutation, variables: { organizationId: BETA.id } }, result }],
    });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Leave organization' }));

    await waitFor(() => expect(session.signIn).toHaveBeenCalledWith(expect.objectContaining({ accessToken: 'token-for-next-org' })));
    expect(result).toHaveBeenCalledTimes(1);
    expect(session.signOut).not.toHaveBeenCalled();
    expect(await screen.findByText('members page')).toBeInTheDocument();
    expect(screen.getByText('You are now in Beta Labs.')).toBeInTheDocument();
  });

  it('lets the user choose which organization to continue in', async () => {
    const result = jest.fn(() => ({ data: { leaveOrganization: LEFT, switchOrganization: payloadFor(GAMMA) } }));
    const { session } = renderWithProviders(<App />, {
      session: sessionIn('MEMBER', [ORG, BETA, GAMMA]),
      route: '/settings/organization',
      mocks: [{ request: { query: LeaveOrganizationAndSwitchMutation, variables: { organizationId: GAMMA.id } }, result }],
    });
    const { user, dialog } = await openDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Continue in' }), 'Gamma Works');
    await user.click(within(dialog).getByRole('button', { name: 'Leave organization' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(session.signIn).toHaveBeenCalled());
    expect(await screen.findByText('You are now in Gamma Works.')).toBeInTheDocument();
  });

  it('signs out after leaving the only organization', async () => {
    const result = jest.fn(() => ({ data: { leaveOrganization: LEFT } }));
    const { session } = renderWithProviders(<App />, {
      session: sessionIn('GUEST'),
      route: '/settings/organization',
      mocks: [{ request: { query: LeaveOrganizationMutation }, result }],
    });
    expect(screen.getByText(/It is your only organization: you will be signed out/)).toBeInTheDocument();
    const { user, dialog } = await openDialog();
    expect(within(dialog).getByText(/Acme AI is your only organization: you will be signed out/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Leave organization' }));

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(session.signOut).toHaveBeenCalledTimes(1));
    expect(session.signIn).not.toHaveBeenCalled();
    expect(await screen.findByText('sign-in page')).toBeInTheDocument();
    expect(screen.getByText('You left Acme AI')).toBeInTheDocument();
  });

  it('keeps the dialog open with the API’s refusal, and neither switches nor signs out', async () => {
    const { session } = renderWithProviders(<App />, {
      session: sessionIn('MEMBER', [ORG, BETA]),
      route: '/settings/organization',
      mocks: [
        {
          request: { query: LeaveOrganizationAndSwitchMutation, variables: { organizationId: BETA.id } },
          result: {
            data: null,
            errors: [{ message: 'You cannot leave right now.', path: ['leaveOrganization'], extensions: { code: 'FORBIDDEN' } }],
          },
        },
      ],
    });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Leave organization' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You cannot leave right now.');
    expect(session.signIn).not.toHaveBeenCalled();
    expect(session.signOut).not.toHaveBeenCalled();
  });

  it('signs out when it left but the other organization did not open', async () => {
    const { session } = renderWithProviders(<App />, {
      session: sessionIn('MEMBER', [ORG, BETA]),
      route: '/settings/organization',
      mocks: [
        {
          request: { query: LeaveOrganizationAndSwitchMutation, variables: { organizationId: BETA.id } },
          result: {
            data: null,
            errors: [
              {
                message: 'Your access to that organization is suspended.',
                path: ['switchOrganization'],
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          },
        },
      ],
    });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Leave organization' }));
    await waitFor(() => expect(session.signOut).toHaveBeenCalledTimes(1));
    expect(session.signIn).not.toHaveBeenCalled();
    expect(await screen.findByText('sign-in page')).toBeInTheDocument();
    expect(screen.getByText(/Your access to that organization is suspended/)).toBeInTheDocument();
  });
});
