import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkPassword } from '@orgpulse/shared';
import { renderWithProviders } from '../../../test/render';
import MembersPage from '../MembersPage';
import { AddMemberMutation } from '../members.graphql';
import { BOB, OWNER, VIEWER_ADMIN, member, membersMock } from './fixtures';

const NEW_MEMBER = member('m-nina', 'Nina New', 'MEMBER', { email: 'nina@example.com', emailStatus: 'PENDING' });

function addMemberMock(
  check: (input: Record<string, unknown>) => void,
  temporaryPassword: string | null = null,
  temporaryPasswordExpiresAt: string | null = null,
) {
  const result = jest.fn((variables: { input: Record<string, unknown> }) => {
    check(variables.input);
    return {
      data: {
        addMember: {
          __typename: 'AddMemberPayload',
          member: NEW_MEMBER,
          existingUser: false,
          temporaryPassword,
          temporaryPasswordExpiresAt,
        },
      },
    };
  });
  return { mock: { request: { query: AddMemberMutation, variables: () => true }, result }, result };
}

/** Focuses a field and pastes the text (one change event, instead of one per key). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function openAddUser() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Add User' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add user' });
  return { user, dialog };
}

describe('Add User form', () => {
  it('generates a password that passes the shared policy and adds the member with it', async () => {
    let sent: Record<string, unknown> | null = null;
    const { mock, result } = addMemberMock((input) => {
      sent = input;
    });
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [membersMock([OWNER, VIEWER_ADMIN, BOB]), mock, membersMock([OWNER, VIEWER_ADMIN, BOB, NEW_MEMBER])],
    });
    const { user, dialog } = await openAddUser();

    await fill(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await fill(user, within(dialog).getByLabelText(/^Email/), 'nina@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Generate Password' }));

    const passwordField = within(dialog).getByLabelText(/^Temporary password/) as HTMLInputElement;
    const generated = passwordField.value;
    expect(generated.length).toBeGreaterThanOrEqual(15);
    expect(checkPassword(generated, { email: 'nina@example.com', name: 'Nina New' }).ok).toBe(true);
    // the generated password is shown so the admin can see what was set
    expect(passwordField).toHaveAttribute('type', 'text');
    expect(await within(dialog).findByText(/^Strength:/)).not.toHaveTextContent('Does not meet the policy');

    // defaults from docs/PRODUCT.md §3: role Member (never Owner offered), Send email on
    const role = within(dialog).getByRole('combobox', { name: 'Role' });
    expect(role).toHaveValue('Member');
    expect(within(dialog).getByRole('switch', { name: /Send email/ })).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(sent).toEqual({
      name: 'Nina New',
      email: 'nina@example.com',
      temporaryPassword: generated,
      role: 'MEMBER',
      sendEmail: true,
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add user' })).not.toBeInTheDocument());
    expect(await screen.findByText('Nina New')).toBeInTheDocument();
  });

  it('blocks a weak temporary password with the policy message and sends nothing', async () => {
    const { mock, result } = addMemberMock(() => undefined);
    renderWithProviders(<MembersPage />, { role: 'ADMIN', mocks: [membersMock([OWNER, VIEWER_ADMIN]), mock] });
    const { user, dialog } = await openAddUser();

    await fill(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await fill(user, within(dialog).getByLabelText(/^Email/), 'nina@example.com');
    const weak = 'Password12345678';
    await fill(user, within(dialog).getByLabelText(/^Temporary password/), weak);
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    const policyMessage = checkPassword(weak, { email: 'nina@example.com', name: 'Nina New' }).problems[0];
    expect(policyMessage).toMatch(/too common/);
    expect(await within(dialog).findByText(policyMessage)).toBeInTheDocument();
    expect(within(dialog).getByText('Strength: Does not meet the policy')).toBeInTheDocument();

    // too short is refused with the policy's own words as well
    const field = within(dialog).getByLabelText(/^Temporary password/);
    await user.clear(field);
    await fill(user, field, 'short pass');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findByText(checkPassword('short pass').problems[0])).toBeInTheDocument();

    expect(result).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Add user' })).toBeInTheDocument();
  });

  it('never offers the Owner role', async () => {
    renderWithProviders(<MembersPage />, { role: 'OWNER', mocks: [membersMock([OWNER, BOB])] });
    const { user, dialog } = await openAddUser();
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    const listbox = await screen.findByRole('listbox', { hidden: true });
    const options = within(listbox)
      .getAllByRole('option', { hidden: true })
      .map((o) => o.textContent);
    expect(options).toEqual(['Administrator', 'Member', 'Guest']);
  });

  it('warns when email is turned off, then shows the temporary password once to copy', async () => {
    let sent: Record<string, unknown> | null = null;
    const { mock } = addMemberMock(
      (input) => {
        sent = input;
      },
      'Tq7sk-2mWcz-PtR4e-9bNxa',
      new Date(Date.now() + 7 * 24 * 3600 * 1000 - 5000).toISOString(),
    );
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [membersMock([OWNER, VIEWER_ADMIN]), mock, membersMock([OWNER, VIEWER_ADMIN, NEW_MEMBER])],
    });
    const { user, dialog } = await openAddUser();

    await fill(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await fill(user, within(dialog).getByLabelText(/^Email/), 'nina@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Generate Password' }));
    expect(within(dialog).queryByText('Not recommended')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('switch', { name: /Send email/ }));
    expect(within(dialog).getByText('Not recommended')).toBeInTheDocument();
    expect(within(dialog).getByText(/You will see the temporary password once/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    const handover = await screen.findByRole('dialog', { name: 'Hand over the temporary password' });
    expect(sent).toMatchObject({ sendEmail: false });
    expect(within(handover).getByTestId('temporary-password')).toHaveTextContent('Tq7sk-2mWcz-PtR4e-9bNxa');
    expect(within(handover).getByText('It is shown only this once.')).toBeInTheDocument();
    // and when it stops working
    expect(within(handover).getByTestId('temporary-password-expiry')).toHaveTextContent('The temporary password expires in 7 days');
    expect(within(handover).getByRole('button', { name: 'Copy' })).toBeInTheDocument();

    await user.click(within(handover).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText('Tq7sk-2mWcz-PtR4e-9bNxa')).not.toBeInTheDocument());
  });

  it('shows the server refusal (e.g. CONFLICT) inside the form', async () => {
    const mock = {
      request: { query: AddMemberMutation, variables: () => true },
      result: { errors: [{ message: 'Nina New is already a member of this organization.', extensions: { code: 'CONFLICT' } }] },
    };
    renderWithProviders(<MembersPage />, { role: 'ADMIN', mocks: [membersMock([OWNER, VIEWER_ADMIN]), mock] });
    const { user, dialog } = await openAddUser();
    await fill(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await fill(user, within(dialog).getByLabelText(/^Email/), 'nina@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Generate Password' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nina New is already a member of this organization.');
  });
});
