import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import MembersPage from '../MembersPage';
import { AccessReviewPanel } from '../components/AccessReviewPanel';
import { AccessReviewQuery, RevokeApiKeysMutation, SuspendMembersMutation } from '../review.graphql';
import { membersMock } from './fixtures';

const ACTOR = { membershipId: 'm-viewer', role: 'ADMIN' as const };
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function reviewMember(id: string, name: string, role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'GUEST', lastActiveAt: string | null) {
  return {
    __typename: 'Member' as const,
    id,
    name,
    email: `${name.split(' ')[0].toLowerCase()}@example.com`,
    role,
    status: 'ACTIVE' as const,
    joinedAt: ago(200),
    lastActiveAt,
  };
}

const OWNER = reviewMember('m-owner', 'Olivia Owner', 'OWNER', ago(40));
const BOB = reviewMember('m-bob', 'Bob Builder', 'MEMBER', ago(45));
const GAIL = reviewMember('m-gail', 'Gail Guest', 'GUEST', null);
const KEY = {
  __typename: 'ApiKey' as const,
  id: 'k-1',
  name: 'old ci key',
  prefix: 'opk_3fQ9x2Lb',
  createdAt: ago(100),
  lastUsedAt: ago(50),
  member: { __typename: 'Member' as const, id: BOB.id, name: BOB.name },
};

function reviewMock(inactiveDays: number, inactive = [OWNER, BOB, GAIL], keys = [KEY]) {
  return {
    request: { query: AccessReviewQuery, variables: { inactiveDays } },
    result: {
      data: {
        accessReview: {
          __typename: 'AccessReview' as const,
          inactiveDays,
          inactiveMembers: inactive,
          temporaryPasswordNotChanged: [GAIL],
          adminsWithoutMfa: [OWNER],
          unusedApiKeys: keys,
        },
      },
    },
  };
}

const suspendMock = (ids: string[], result: jest.Mock) => ({
  request: { query: SuspendMembersMutation, variables: { memberIds: ids } },
  result,
});
const suspended = (ids: string[]) =>
  jest.fn(() => ({ data: { suspendMembers: ids.map((id) => ({ __typename: 'Member' as const, id, status: 'SUSPENDED' as const })) } }));

describe('AccessReviewPanel', () => {
  it('lists inactive members, temporary passwords, admins without a second factor and unused keys; 60 days asks again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessReviewPanel actor={ACTOR} />, { mocks: [reviewMock(30), reviewMock(60, [BOB], [])] });
    const inactive = await screen.findByRole('region', { name: 'No activity in 30 days' });
    expect(within(inactive).getByText('Bob Builder')).toBeInTheDocument();
    expect(within(inactive).getByText(/gail@example.com · never active/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Temporary password never changed' })).getByText('Gail Guest')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Admins without a second factor' })).getByText('Olivia Owner')).toBeInTheDocument();
    const keys = screen.getByRole('region', { name: 'API keys unused for 30 days' });
    expect(within(keys).getByText('old ci key')).toBeInTheDocument();
    expect(within(keys).getByText(/Bob Builder · last used/)).toBeInTheDocument();
    // the owner cannot be suspended: the row stays, disabled, and says why
    const ownerSuspend = within(inactive).getByRole('button', { name: 'Suspend Olivia Owner' });
    expect(ownerSuspend).toHaveAttribute('aria-disabled', 'true');
    expect(ownerSuspend.getAttribute('title')).toMatch(/owner/i);
    expect(within(inactive).getByRole('checkbox', { name: 'Select Olivia Owner' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: '60 days' }));
    const sixty = await screen.findByRole('region', { name: 'No activity in 60 days' });
    expect(within(sixty).getByText('Bob Builder')).toBeInTheDocument();
    expect(within(sixty).queryByText('Gail Guest')).not.toBeInTheDocument();
  });

  it('suspends one member from its row after a confirmation', async () => {
    const user = userEvent.setup();
    const result = suspended([BOB.id]);
    renderWithProviders(<AccessReviewPanel actor={ACTOR} />, {
      mocks: [reviewMock(30), suspendMock([BOB.id], result), reviewMock(30, [OWNER, GAIL])],
    });
    const inactive = await screen.findByRole('region', { name: 'No activity in 30 days' });
    await user.click(within(inactive).getByRole('button', { name: 'Suspend Bob Builder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Bob Builder?' });
    expect(within(dialog).getByText(/sessions and API keys stop working now/)).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled(); // nothing happens before the confirmation
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Bob Builder is suspended: access is paused.')).toBeInTheDocument();
  });

  it('suspends the checked members together in one request', async () => {
    const user = userEvent.setup();
    const result = suspended([BOB.id, GAIL.id]);
    renderWithProviders(<AccessReviewPanel actor={ACTOR} />, {
      mocks: [reviewMock(30), suspendMock([BOB.id, GAIL.id], result), reviewMock(30, [OWNER])],
    });
    const inactive = await screen.findByRole('region', { name: 'No activity in 30 days' });
    const bulk = screen.getByRole('button', { name: 'Suspend selected (0)' });
    expect(bulk).toBeDisabled();
    await user.click(within(inactive).getByRole('checkbox', { name: 'Select Bob Builder' }));
    await user.click(within(inactive).getByRole('checkbox', { name: 'Select Gail Guest' }));
    // Gail is listed twice (inactive, temporary password): one selection
    expect(
      within(screen.getByRole('region', { name: 'Temporary password never changed' })).getByRole('checkbox', { name: 'Select Gail Guest' }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Suspend selected (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend 2 members?' });
    expect(within(dialog).getByRole('list', { name: 'Members to suspend' })).toHaveTextContent('Bob BuilderGail Guest');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('2 members are suspended: Bob Builder, Gail Guest.')).toBeInTheDocument();
  });

  it('shows a refused bulk suspension in the dialog (nothing changed)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessReviewPanel actor={ACTOR} />, {
      mocks: [
        reviewMock(30),
        {
          request: { query: SuspendMembersMutation, variables: { memberIds: [BOB.id] } },
          result: { errors: [{ message: 'This member is already suspended.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    const inactive = await screen.findByRole('region', { name: 'No activity in 30 days' });
    await user.click(within(inactive).getByRole('button', { name: 'Suspend Bob Builder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Bob Builder?' });
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByText('This member is already suspended.')).toBeInTheDocument();
  });

  it('revokes an unused key after a confirmation', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({ data: { revokeApiKeys: [{ __typename: 'ApiKey' as const, id: KEY.id, revokedAt: ago(0) }] } }));
    renderWithProviders(<AccessReviewPanel actor={ACTOR} />, {
      mocks: [
        reviewMock(30),
        { request: { query: RevokeApiKeysMutation, variables: { ids: [KEY.id] } }, result },
        reviewMock(30, [OWNER, BOB, GAIL], []),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke key old ci key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the key old ci key?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('The key old ci key is revoked.')).toBeInTheDocument();
  });
});

describe('Members page: the review panel', () => {
  it('is there for OWNER and ADMIN (loaded lazily)', async () => {
    renderWithProviders(<MembersPage />, { role: 'OWNER', mocks: [membersMock([]), reviewMock(30)] });
    expect(await screen.findByRole('heading', { name: 'Access review' })).toBeInTheDocument();
  });

  it('is hidden for MEMBER and GUEST', async () => {
    for (const role of ['MEMBER', 'GUEST'] as const) {
      const { unmount } = renderWithProviders(<MembersPage />, { role, mocks: [membersMock([])] });
      expect(await screen.findByText('No members yet')).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Access review' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Suspend selected/ })).not.toBeInTheDocument();
      unmount();
    }
  });
});
