import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { SessionsList } from '../components/SessionsList';
import { RevokeOtherSessionsMutation, RevokeSessionMutation, SessionsQuery } from '../sessions.graphql';

const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function session(
  id: string,
  userAgent: string | null,
  organization: string,
  extra: { current?: boolean; lastRefreshedAt?: string | null } = {},
) {
  return {
    __typename: 'SessionInfo' as const,
    id,
    userAgent,
    createdAt: '2026-03-02T09:30:00.000Z',
    lastRefreshedAt: extra.lastRefreshedAt ?? null,
    current: extra.current ?? false,
    organization: { __typename: 'Organization' as const, id: `org-${organization}`, name: organization },
  };
}

const THIS_DEVICE = session('s-this', CHROME_LINUX, 'Acme AI', { current: true, lastRefreshedAt: '2026-03-03T10:00:00.000Z' });
const LAPTOP = session('s-laptop', FIREFOX_MAC, 'Acme AI', { lastRefreshedAt: '2026-03-02T12:00:00.000Z' });
const PHONE = session('s-phone', SAFARI_IPHONE, 'Beta Labs');

const sessionsMock = (sessions: ReturnType<typeof session>[]): MockLink.MockedResponse => ({
  request: { query: SessionsQuery },
  result: { data: { sessions } },
});

function items() {
  return within(screen.getByRole('list', { name: 'Signed-in sessions' })).getAllByRole('listitem');
}

describe('Settings → Security: sessions', () => {
  it('lists each session with its device, organization and times, this device first and marked', async () => {
    renderWithProviders(<SessionsList />, { role: 'MEMBER', mocks: [sessionsMock([LAPTOP, PHONE, THIS_DEVICE])] });

    await screen.findByRole('list', { name: 'Signed-in sessions' });
    const [first, second, third] = items();
    expect(within(first).getByText('Chrome on Linux')).toBeInTheDocument();
    expect(within(first).getByText('This device')).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: /Sign out/ })).not.toBeInTheDocument();
    expect(first).toHaveAttribute('aria-current', 'true');

    expect(within(second).getByText('Firefox on macOS')).toBeInTheDocument();
    expect(within(second).getByText('Acme AI')).toBeInTheDocument();
    expect(within(second).getByText(/last refreshed/)).toBeInTheDocument();
    expect(within(second).queryByText('This device')).not.toBeInTheDocument();

    expect(within(third).getByText('Safari on iOS')).toBeInTheDocument();
    expect(within(third).getByText('Beta Labs')).toBeInTheDocument();
    expect(within(third).getByText(/not refreshed yet/)).toBeInTheDocument();
    // the raw user agent stays available on hover
    expect(within(third).getByText('Safari on iOS')).toHaveAttribute('title', SAFARI_IPHONE);
    expect(screen.getByText('3 active sessions, across your organizations.')).toBeInTheDocument();
  });

  it('signs one other session out and shows the list without it', async () => {
    const user = userEvent.setup();
    const revoke = jest.fn(() => ({ data: { revokeSession: true } }));
    renderWithProviders(<SessionsList />, {
      role: 'GUEST', // every role manages its own sessions
      mocks: [
        sessionsMock([THIS_DEVICE, LAPTOP, PHONE]),
        { request: { query: RevokeSessionMutation, variables: { id: LAPTOP.id } }, result: revoke },
        sessionsMock([THIS_DEVICE, PHONE]),
      ],
    });

    await screen.findByRole('list', { name: 'Signed-in sessions' });
    await user.click(within(items()[1]).getByRole('button', { name: /^Sign out Firefox on macOS in Acme AI/ }));

    await waitFor(() => expect(revoke).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText('Firefox on macOS')).not.toBeInTheDocument());
    expect(items()).toHaveLength(2);
    expect(await screen.findByText('Firefox on macOS in Acme AI is signed out.')).toBeInTheDocument();
  });

  it('signs out every other session after confirming, keeping this device', async () => {
    const user = userEvent.setup();
    const revokeOthers = jest.fn(() => ({ data: { revokeOtherSessions: 2 } }));
    renderWithProviders(<SessionsList />, {
      role: 'MEMBER',
      mocks: [
        sessionsMock([THIS_DEVICE, LAPTOP, PHONE]),
        { request: { query: RevokeOtherSessionsMutation }, result: revokeOthers },
        sessionsMock([THIS_DEVICE]),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Sign out other sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out your other sessions?' });
    expect(within(dialog).getByText(/This device stays signed in/)).toBeInTheDocument();
    expect(revokeOthers).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Sign out 2 sessions' }));

    await waitFor(() => expect(revokeOthers).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('2 other sessions are signed out.')).toBeInTheDocument();
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(within(items()[0]).getByText('This device')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out other sessions' })).toBeDisabled();
  });

  it('shows the API’s refusal when a session cannot be signed out', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SessionsList />, {
      role: 'MEMBER',
      mocks: [
        sessionsMock([THIS_DEVICE, LAPTOP]),
        {
          request: { query: RevokeSessionMutation, variables: { id: LAPTOP.id } },
          result: { errors: [{ message: 'The session was not found.', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    await screen.findByRole('list', { name: 'Signed-in sessions' });
    await user.click(screen.getByRole('button', { name: /^Sign out Firefox on macOS/ }));
    expect(await screen.findByText('The session was not found.')).toBeInTheDocument();
    expect(screen.getByText('Firefox on macOS')).toBeInTheDocument();
  });
});
