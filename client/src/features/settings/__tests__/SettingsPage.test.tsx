import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { SessionsQuery } from '../../sessions/sessions.graphql';
import SettingsPage from '../SettingsPage';
import { SetRequireMfaMutation, SetWeeklyAccessReviewEmailMutation, SettingsQuery } from '../settings.graphql';

function Where() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

function App() {
  return (
    <>
      <Routes>
        <Route path="/settings/:section?" element={<SettingsPage />} />
      </Routes>
      <Where />
    </>
  );
}

const sessions = {
  request: { query: SessionsQuery },
  result: {
    data: {
      sessions: [
        {
          __typename: 'SessionInfo',
          id: 's-1',
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
          createdAt: '2026-03-02T09:30:00.000Z',
          lastRefreshedAt: null,
          current: true,
          organization: { __typename: 'Organization', id: 'org-1', name: 'Acme AI' },
        },
      ],
    },
  },
};

const organization = {
  request: { query: SettingsQuery },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: 'org-1',
        name: 'Acme AI',
        createdAt: '2026-01-05T10:00:00.000Z',
        memberCount: 1,
        requireMfa: false,
        weeklyAccessReviewEmail: false,
        owner: { __typename: 'Member', id: 'm-owner', name: 'Olivia Owner' },
      },
    },
  },
};

describe('Settings tabs', () => {
  it('opens the Security tab at its own address and lists the sessions there', async () => {
    renderWithProviders(<App />, { role: 'MEMBER', route: '/settings/security', mocks: [sessions] });
    expect(screen.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('Chrome on Linux')).toBeInTheDocument();
    expect(screen.getByText('This device')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
  });

  it('moves between tabs by address, with Leave organization under Organization', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />, { role: 'MEMBER', route: '/settings', mocks: [sessions, organization] });
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Your name')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Organization' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/settings/organization');
    expect(await screen.findByRole('button', { name: 'Leave organization' })).toBeEnabled();
    expect(await screen.findByText(/1 member · owned by Olivia Owner/)).toBeInTheDocument();
    // a member neither renames the organization nor transfers it
    expect(screen.queryByLabelText('Organization name')).not.toBeInTheDocument();
    expect(screen.queryByText('Transfer ownership')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Security' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/settings/security');
    expect(await screen.findByText('Chrome on Linux')).toBeInTheDocument();
  });

  it('sends an unknown tab back to the profile', () => {
    renderWithProviders(<App />, { role: 'MEMBER', route: '/settings/nope' });
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/settings$/);
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lets an admin require two-factor sign-in of every member', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({ data: { setRequireMfa: { __typename: 'Organization', id: 'org-1', requireMfa: true } } }));
    renderWithProviders(<App />, {
      role: 'ADMIN',
      route: '/settings/organization',
      mocks: [organization, { request: { query: SetRequireMfaMutation, variables: { required: true } }, result }],
    });
    const policy = await screen.findByRole('switch', { name: /Require two-factor authentication/ });
    await waitFor(() => expect(policy).toBeEnabled());
    expect(policy).not.toBeChecked();
    expect(screen.getByText(/You have not set up two-factor sign-in yourself/)).toBeInTheDocument();
    await user.click(policy);
    expect(await screen.findByText(/Every member must now use two-factor sign-in/)).toBeInTheDocument();
    expect(result).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(policy).toBeChecked());
  });

  it('lets an admin turn on the weekly access review email', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({
      data: { setWeeklyAccessReviewEmail: { __typename: 'Organization', id: 'org-1', weeklyAccessReviewEmail: true } },
    }));
    renderWithProviders(<App />, {
      role: 'ADMIN',
      route: '/settings/organization',
      mocks: [organization, { request: { query: SetWeeklyAccessReviewEmailMutation, variables: { enabled: true } }, result }],
    });
    const weekly = await screen.findByRole('switch', { name: /Weekly access review email/ });
    await waitFor(() => expect(weekly).toBeEnabled());
    expect(weekly).not.toBeChecked();
    await user.click(weekly);
    expect(await screen.findByText('Owners and admins get the access review by email every week.')).toBeInTheDocument();
    expect(result).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(weekly).toBeChecked());
  });

  it('does not offer the policy to a member', async () => {
    renderWithProviders(<App />, { role: 'MEMBER', route: '/settings/organization', mocks: [organization] });
    expect(await screen.findByRole('button', { name: 'Leave organization' })).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Require two-factor authentication/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Weekly access review email/ })).not.toBeInTheDocument();
  });

  it('shows two-factor sign-in under Security', async () => {
    renderWithProviders(<App />, { role: 'MEMBER', route: '/settings/security', mocks: [sessions] });
    expect(screen.getByRole('heading', { name: 'Two-factor sign-in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeInTheDocument();
  });
});
