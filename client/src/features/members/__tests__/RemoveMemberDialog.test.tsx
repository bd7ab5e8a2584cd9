import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { RemoveMemberDialog } from '../components/RemoveMemberDialog';
import { RemovalImpactQuery, RemoveMemberMutation } from '../members.graphql';
import { removalImpactSentences, revokedSummary } from '../removal-impact';
import { BOB, membersMock } from './fixtures';

const impact = (resourcesCreated: number, apiKeysRevoked: number, activeSessions: number, creditsUsedThisMonth: string) => ({
  __typename: 'RemovalImpact' as const,
  resourcesCreated,
  apiKeysRevoked,
  activeSessions,
  creditsUsedThisMonth,
});

const impactMock = (value: ReturnType<typeof impact> | null) => ({
  request: { query: RemovalImpactQuery, variables: { id: BOB.id } },
  result: { data: { member: { __typename: 'Member' as const, id: BOB.id, removalImpact: value } } },
});

describe('removal impact wording', () => {
  it('says each figure in plain words, singular and plural', () => {
    expect(removalImpactSentences(impact(2, 3, 1, '12.5'))).toEqual([
      '2 resources they created stay with the organization.',
      '3 API keys stop working now.',
      '1 session ends.',
      'They used 12.5 credits this month; their usage history stays.',
    ]);
    expect(removalImpactSentences(impact(1, 1, 0, '0'))).toEqual([
      '1 resource they created stays with the organization.',
      '1 API key stops working now.',
      'They have no active sessions.',
      'They used no credits this month.',
    ]);
    expect(revokedSummary('Bob', impact(0, 2, 1, '0'))).toBe(
      'Bob no longer has access to the organization: 2 API keys revoked, 1 session ended.',
    );
    expect(revokedSummary('Bob', impact(0, 0, 3, '0'))).toBe('Bob no longer has access to the organization: 3 sessions ended.');
    expect(revokedSummary('Bob', impact(0, 0, 0, '0'))).toBe('Bob no longer has access to the organization.');
    expect(revokedSummary('Bob', null)).toBe('Bob no longer has access to the organization.');
  });
});

describe('RemoveMemberDialog', () => {
  it('shows the removal impact before confirming, and the toast says what was revoked', async () => {
    const user = userEvent.setup();
    const removed = jest.fn(() => ({
      data: {
        removeMember: { __typename: 'Member' as const, id: BOB.id, status: 'REMOVED' as const, removalImpact: impact(2, 3, 1, '4') },
      },
    }));
    const onClose = jest.fn();
    renderWithProviders(<RemoveMemberDialog member={BOB} onClose={onClose} />, {
      mocks: [
        impactMock(impact(2, 3, 1, '4')),
        { request: { query: RemoveMemberMutation, variables: { memberId: BOB.id } }, result: removed },
        membersMock([]),
      ],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Remove Bob Builder?' });
    const list = await within(dialog).findByRole('list', { name: 'What removal does' });
    expect(list).toHaveTextContent('2 resources they created stay with the organization.');
    expect(list).toHaveTextContent('3 API keys stop working now.');
    expect(list).toHaveTextContent('1 session ends.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    await waitFor(() => expect(removed).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText('Bob Builder no longer has access to the organization: 3 API keys revoked, 1 session ended.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('falls back to the general words when the figures are not visible (null)', async () => {
    renderWithProviders(<RemoveMemberDialog member={BOB} onClose={jest.fn()} />, { mocks: [impactMock(null)] });
    const dialog = await screen.findByRole('dialog', { name: 'Remove Bob Builder?' });
    expect(await within(dialog).findByText('their sessions and API keys stop working;')).toBeInTheDocument();
    expect(within(dialog).queryByRole('list', { name: 'What removal does' })).not.toBeInTheDocument();
  });
});
