import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@orgpulse/shared';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import MembersPage from '../MembersPage';
import {
  RemovalImpactQuery,
  RemoveMemberMutation,
  ResendCredentialsMutation,
  SuspendMemberMutation,
  UpdateMemberRoleMutation,
} from '../members.graphql';
import { BOB, GAIL, OWNER, VIEWER_ADMIN, membersMock } from './fixtures';

const ALL = [OWNER, VIEWER_ADMIN, BOB, GAIL];

function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Members page: edit role', () => {
  it('changes a member’s role from the edit icon and shows the saved role', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({
      data: { updateMemberRole: { __typename: 'Member', id: BOB.id, role: 'ADMIN' } },
    }));
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [
        membersMock(ALL),
        { request: { query: UpdateMemberRoleMutation, variables: { input: { memberId: BOB.id, role: 'ADMIN' } } }, result },
        membersMock([OWNER, VIEWER_ADMIN, { ...BOB, role: 'ADMIN' }, GAIL]),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Edit role of Bob Builder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit role of Bob Builder' });
    expect(within(dialog).getByText(/Bob Builder manages their own name and password/)).toBeInTheDocument();
    const save = within(dialog).getByRole('button', { name: 'Save' });
    const select = within(dialog).getByRole('combobox', { name: 'Role' });
    expect(select).toHaveValue('Member');
    expect(save).toBeDisabled(); // nothing changed yet

    // a dropdown: each role with its description, never Owner
    await user.click(select);
    const listbox = await screen.findByRole('listbox', { hidden: true });
    const options = within(listbox).getAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual([
      'AdministratorManages members, billing and settings, like the owner.',
      'MemberUses the platform (API calls, resources, API keys); cannot manage members, billing or settings.',
      'GuestRead-only access.',
    ]);
    await user.click(within(listbox).getByRole('option', { name: /^Administrator/, hidden: true }));
    expect(select).toHaveValue('Administrator');
    expect(within(dialog).getByText('Manages members, billing and settings, like the owner.')).toBeInTheDocument();
    await user.click(save);

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit role of Bob Builder' })).not.toBeInTheDocument());
    await waitFor(() => expect(within(rowOf('Bob Builder')).getByText('Administrator')).toBeInTheDocument());
  });

  it('keeps the dialog open and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [
        membersMock(ALL),
        {
          request: { query: UpdateMemberRoleMutation, variables: { input: { memberId: BOB.id, role: 'GUEST' } } },
          result: { errors: [{ message: 'You may not change this member’s role.', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Edit role of Bob Builder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit role of Bob Builder' });
    const roleSelect = within(dialog).getByRole('combobox', { name: 'Role' });
    await user.click(roleSelect);
    await waitFor(() => expect(roleSelect).toHaveAttribute('aria-controls'));
    const listbox = document.getElementById(roleSelect.getAttribute('aria-controls')!)!;
    await user.click(within(listbox).getByRole('option', { name: /^Guest/, hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You may not change this member’s role.');
  });
});

describe('Members page: remove with confirmation', () => {
  it('asks first, says what removal does, and removes only after confirming', async () => {
    const user = userEvent.setup();
    const figures = { __typename: 'RemovalImpact', resourcesCreated: 2, apiKeysRevoked: 3, activeSessions: 1, creditsUsedThisMonth: '7' };
    const result = jest.fn(() => ({
      data: { removeMember: { __typename: 'Member', id: BOB.id, status: 'REMOVED', removalImpact: figures } },
    }));
    const impact = {
      request: { query: RemovalImpactQuery, variables: { id: BOB.id } },
      result: { data: { member: { __typename: 'Member', id: BOB.id, removalImpact: figures } } },
    };
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [
        membersMock(ALL),
        impact,
        impact,
        { request: { query: RemoveMemberMutation, variables: { memberId: BOB.id } }, result },
        membersMock([OWNER, VIEWER_ADMIN, GAIL]),
      ],
    });

    // Cancel: nothing happens
    await user.click(await screen.findByRole('button', { name: 'Remove Bob Builder' }));
    let dialog = await screen.findByRole('dialog', { name: 'Remove Bob Builder?' });
    expect(within(dialog).getByText(/ends their access to the organization at once/)).toBeInTheDocument();
    expect(await within(dialog).findByText('2 resources they created stay with the organization.')).toBeInTheDocument();
    expect(within(dialog).getByText('3 API keys stop working now.')).toBeInTheDocument();
    expect(within(dialog).getByText('1 session ends.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Remove Bob Builder?' })).not.toBeInTheDocument());
    expect(result).not.toHaveBeenCalled();
    expect(screen.getByText('Bob Builder')).toBeInTheDocument();

    // Confirm: the mutation runs and the list no longer shows Bob
    await user.click(screen.getByRole('button', { name: 'Remove Bob Builder' }));
    dialog = await screen.findByRole('dialog', { name: 'Remove Bob Builder?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText('Bob Builder')).not.toBeInTheDocument());
    expect(screen.getByText('Gail Guest')).toBeInTheDocument();
  });
});

describe('Members page: suspend', () => {
  it('suspends from the row and refetches the list', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({ data: { suspendMember: { __typename: 'Member', id: BOB.id, status: 'SUSPENDED' } } }));
    renderWithProviders(<MembersPage />, {
      role: 'OWNER',
      session: makeSession('OWNER', makeViewer('OWNER', { memberId: OWNER.id, name: OWNER.name })),
      mocks: [
        membersMock(ALL),
        { request: { query: SuspendMemberMutation, variables: { memberId: BOB.id } }, result },
        membersMock([OWNER, VIEWER_ADMIN, { ...BOB, status: 'SUSPENDED' }, GAIL]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Suspend Bob Builder' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(await within(rowOf('Bob Builder')).findByText('Suspended')).toBeInTheDocument();
    expect(within(rowOf('Bob Builder')).getByRole('button', { name: 'Reactivate Bob Builder' })).toBeInTheDocument();
  });
});

describe('Members page: what each role may do, and why not', () => {
  const manageButtons = (name: string) => [`Edit role of ${name}`, `Remove ${name}`, `Suspend ${name}`, `Resend credentials to ${name}`];
  const seedActions = (name: string) => [`Edit role of ${name}`, `Remove ${name}`, `Suspend ${name}`];
  const OWNER_REASON = 'The owner cannot be changed, suspended or removed. The owner can transfer ownership first.';
  const ROLE_REASON = 'Only owners and admins can manage members.';
  const expectDisabled = (label: string, reason: string) => {
    const button = screen.getByRole('button', { name: label });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-refusal', reason);
  };

  it.each<Role>(['OWNER', 'ADMIN'])(
    '%s sees Add User and actions on others; the owner row disabled with why; none on their own',
    async (role) => {
      const self = role === 'OWNER' ? OWNER : VIEWER_ADMIN;
      renderWithProviders(<MembersPage />, {
        role,
        session: makeSession(role, makeViewer(role, { memberId: self.id, name: self.name })),
        mocks: [membersMock(ALL)],
      });
      expect(await screen.findByText('Bob Builder')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Add User' })).toBeInTheDocument();
      for (const label of manageButtons('Bob Builder')) {
        expect(screen.getByRole('button', { name: label })).not.toHaveAttribute('aria-disabled');
      }
      if (role === 'ADMIN') {
        for (const label of seedActions('Olivia Owner')) expectDisabled(label, OWNER_REASON);
        expect(screen.queryByRole('button', { name: 'Resend credentials to Olivia Owner' })).not.toBeInTheDocument();
      }
      for (const label of manageButtons(self.name)) expect(screen.queryByRole('button', { name: label })).not.toBeInTheDocument();
      expect(screen.getByRole('columnheader', { name: 'Email' })).toBeInTheDocument();
      expect(within(rowOf('Bob Builder')).getByText('Failed')).toBeInTheDocument(); // email delivery status
      if (role === 'OWNER') {
        for (const label of manageButtons('Vera Viewer')) expect(screen.getByRole('button', { name: label })).toBeInTheDocument();
      }
    },
  );

  it.each<Role>(['MEMBER', 'GUEST'])('%s sees the actions disabled, saying why, and using one does nothing', async (role) => {
    const user = userEvent.setup();
    renderWithProviders(<MembersPage />, { role, mocks: [membersMock(ALL)] });
    expect(await screen.findByText('Bob Builder')).toBeInTheDocument();
    expect(screen.getByText('Olivia Owner')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add User' })).not.toBeInTheDocument();
    for (const name of ['Bob Builder', 'Gail Guest']) {
      for (const label of seedActions(name)) expectDisabled(label, ROLE_REASON);
      expect(screen.queryByRole('button', { name: `Resend credentials to ${name}` })).not.toBeInTheDocument();
    }
    expect(await screen.findByRole('button', { name: 'Remove Bob Builder' })).toHaveAttribute('title', ROLE_REASON);
    await user.click(screen.getByRole('button', { name: 'Remove Bob Builder' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Email' })).not.toBeInTheDocument();
  });
});

describe('Members page: filters and states', () => {
  it('sends the search and role filter to members(search, role) and shows the empty state', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [
        membersMock(ALL),
        membersMock([], { first: 20, after: null, search: 'zed', role: null, status: null }),
        membersMock([], { first: 20, after: null, search: 'zed', role: 'GUEST', status: null }),
      ],
    });
    await screen.findByText('Bob Builder');
    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'zed');
    expect(await screen.findByText('No members match these filters', {}, { timeout: 3000 })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'GUEST');
    expect(await screen.findByText('No members match these filters')).toBeInTheDocument();
  });

  it('shows an error with a retry when the list cannot load', async () => {
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [{ request: { query: membersMock([]).request.query, variables: () => true }, error: new TypeError('Failed to fetch') }],
    });
    expect(await screen.findByText(/Cannot reach the server/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('Members page: email that did not arrive', () => {
  it('shows why delivery failed and the troubleshooting (docs/PRODUCT.md §3) on the FAILED badge', async () => {
    renderWithProviders(<MembersPage />, { role: 'ADMIN', mocks: [membersMock(ALL)] });
    const row = within(await screen.findByTestId(`member-row-${BOB.id}`));
    const failure = within(row.getByTestId('email-failure'));
    const badge = failure.getByText('Failed').closest('.mantine-Badge-root');
    expect(badge).toHaveAttribute('title', expect.stringContaining('Recipient address rejected: User unknown'));
    expect(badge).toHaveAttribute(
      'title',
      expect.stringContaining("Check that the member's email address is correct and that the email wasn't marked as spam"),
    );
    expect(failure.getByText('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown')).toBeInTheDocument();
    expect(failure.getByText('Check the address and the spam folder, then resend.')).toBeInTheDocument();
    // delivered or unsent emails need no troubleshooting
    expect(within(screen.getByTestId(`member-row-${GAIL.id}`)).queryByTestId('email-failure')).not.toBeInTheDocument();
    expect(within(screen.getByTestId(`member-row-${GAIL.id}`)).queryByText(/spam folder/)).not.toBeInTheDocument();
  });

  it('still gives the troubleshooting when the mail server’s error is unknown, and clears it after a resend', async () => {
    const user = userEvent.setup();
    const failedNoReason = { ...BOB, emailError: null };
    const resend = jest.fn(() => ({
      data: { resendCredentials: { __typename: 'Member', id: BOB.id, emailStatus: 'PENDING', emailError: null } },
    }));
    renderWithProviders(<MembersPage />, {
      role: 'OWNER',
      session: makeSession('OWNER', makeViewer('OWNER', { memberId: OWNER.id, name: OWNER.name })),
      mocks: [
        membersMock([OWNER, failedNoReason]),
        { request: { query: ResendCredentialsMutation, variables: { memberId: BOB.id } }, result: resend },
      ],
    });
    const row = within(await screen.findByTestId(`member-row-${BOB.id}`));
    expect(row.getByText('Check the address and the spam folder, then resend.')).toBeInTheDocument();
    expect(row.getByText('Failed').closest('.mantine-Badge-root')).toHaveAttribute('title', expect.stringContaining('marked as spam'));

    await user.click(row.getByRole('button', { name: 'Resend credentials to Bob Builder' }));
    await waitFor(() => expect(resend).toHaveBeenCalledTimes(1));
    expect(await row.findByText('Sending')).toBeInTheDocument();
    expect(row.queryByTestId('email-failure')).not.toBeInTheDocument();
  });
});
