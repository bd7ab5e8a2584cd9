import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import MembersPage from '../MembersPage';
import { ResendCredentialsMutation } from '../members.graphql';
import { BOB, GAIL, OWNER, VIEWER_ADMIN, membersMock } from './fixtures';

const ALL = [OWNER, VIEWER_ADMIN, BOB, GAIL];

describe('Members page: member not receiving email', () => {
  it('the email status badge opens the help panel: the address, spam folder, the delivery error, and Resend', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({
      data: { resendCredentials: { __typename: 'Member', id: BOB.id, emailStatus: 'PENDING', emailError: null } },
    }));
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      session: makeSession('ADMIN', makeViewer('ADMIN', { memberId: VIEWER_ADMIN.id, name: VIEWER_ADMIN.name })),
      mocks: [membersMock(ALL), { request: { query: ResendCredentialsMutation, variables: { memberId: BOB.id } }, result }],
    });
    await user.click(await screen.findByRole('button', { name: 'Email failed: help for Bob Builder' }));
    const panel = await screen.findByTestId('email-help');
    expect(panel).toHaveTextContent('bob@example.com');
    expect(panel).toHaveTextContent(/spam/);
    expect(panel).toHaveTextContent('The mail server said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown');
    await user.click(within(panel).getByRole('button', { name: 'Resend credentials', hidden: true }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Credentials email queued for Bob Builder.')).toBeInTheDocument();
  });

  it("on the owner's row, Resend is disabled with the policy's reason", async () => {
    const user = userEvent.setup();
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      session: makeSession('ADMIN', makeViewer('ADMIN', { memberId: VIEWER_ADMIN.id, name: VIEWER_ADMIN.name })),
      mocks: [membersMock(ALL)],
    });
    await user.click(await screen.findByRole('button', { name: 'Email delivered: help for Olivia Owner' }));
    const panel = await screen.findByTestId('email-help');
    expect(panel).toHaveTextContent('No delivery error was reported for the latest email.');
    expect(within(panel).getByRole('button', { name: 'Resend credentials', hidden: true })).toBeDisabled();
    expect(within(panel).getByRole('alert', { hidden: true })).toHaveTextContent('The owner cannot be changed, suspended or removed.');
  });
});
