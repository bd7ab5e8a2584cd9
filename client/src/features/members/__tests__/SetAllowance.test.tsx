import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@orgpulse/shared';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import MembersPage from '../MembersPage';
import { SetMemberAllowanceMutation } from '../members.graphql';
import { BOB, GAIL, OWNER, VIEWER_ADMIN, allowance, membersMock } from './fixtures';

const BOB_LIMITED = { ...BOB, allowance: allowance('100', '37.5', '62.5') };
const ALL = [OWNER, VIEWER_ADMIN, BOB_LIMITED, GAIL];

function setMock(memberId: string, monthlyLimit: string | null, result: jest.Mock) {
  return { request: { query: SetMemberAllowanceMutation, variables: { memberId, monthlyLimit } }, result };
}

function allowanceResult(memberId: string, value: ReturnType<typeof allowance> | null) {
  return jest.fn(() => ({ data: { setMemberAllowance: { __typename: 'Member', id: memberId, allowance: value } } }));
}

async function openDialog(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: `Set spending limit of ${name}` }));
  return screen.findByRole('dialog', { name: `Spending limit of ${name}` });
}

describe('Members page: monthly spending limit', () => {
  it('sets a limit as an exact decimal string and shows it in the row', async () => {
    const user = userEvent.setup();
    const result = allowanceResult(GAIL.id, allowance('12.5', '0', '12.5'));
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [membersMock(ALL), setMock(GAIL.id, '12.5', result)],
    });
    const dialog = await openDialog(user, 'Gail Guest');
    expect(within(dialog).getByTestId('allowance-usage')).toHaveTextContent('No limit now.');
    expect(within(dialog).getByRole('button', { name: 'No limit' })).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Monthly limit' }), '12.500000');
    await user.click(within(dialog).getByRole('button', { name: 'Save limit' }));

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Spending limit of Gail Guest' })).not.toBeInTheDocument());
    const row = within(screen.getByTestId(`member-row-${GAIL.id}`));
    expect(await row.findByText('Limit: 0 / 12.5 used this month')).toBeInTheDocument();
  });

  it('shows used and remaining, and "No limit" sends null and removes the indicator', async () => {
    const user = userEvent.setup();
    const result = allowanceResult(BOB.id, null);
    renderWithProviders(<MembersPage />, { role: 'ADMIN', mocks: [membersMock(ALL), setMock(BOB.id, null, result)] });
    const dialog = await openDialog(user, 'Bob Builder');
    expect(within(dialog).getByTestId('allowance-usage')).toHaveTextContent('Used this month: 37.5 · Remaining: 62.5');
    expect(within(dialog).getByRole('textbox', { name: 'Monthly limit' })).toHaveValue('100');
    await user.click(within(dialog).getByRole('button', { name: 'No limit' }));

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(within(screen.getByTestId(`member-row-${BOB.id}`)).queryByTestId('allowance-indicator')).not.toBeInTheDocument(),
    );
  });

  it.each([
    ['0', /above zero/],
    ['-5', /above zero/],
    ['1.1234567', /at most 6 digits after the point/],
    ['1e3', /not a decimal amount/],
    ['', /Enter a monthly limit/],
  ])('blocks the invalid limit %p without calling the API', async (typed, message) => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({ data: null }));
    renderWithProviders(<MembersPage />, {
      role: 'OWNER',
      session: makeSession('OWNER', makeViewer('OWNER', { memberId: OWNER.id, name: OWNER.name })),
      mocks: [membersMock(ALL), { request: { query: SetMemberAllowanceMutation, variables: () => true }, result }],
    });
    const dialog = await openDialog(user, 'Bob Builder');
    const field = within(dialog).getByRole('textbox', { name: 'Monthly limit' });
    await user.clear(field);
    if (typed) await user.type(field, typed);
    await user.click(within(dialog).getByRole('button', { name: 'Save limit' }));
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(result).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Spending limit of Bob Builder' })).toBeInTheDocument();
  });

  it('keeps the dialog open and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MembersPage />, {
      role: 'ADMIN',
      mocks: [
        membersMock(ALL),
        {
          request: { query: SetMemberAllowanceMutation, variables: { memberId: BOB.id, monthlyLimit: '50' } },
          result: { errors: [{ message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    const dialog = await openDialog(user, 'Bob Builder');
    const field = within(dialog).getByRole('textbox', { name: 'Monthly limit' });
    await user.clear(field);
    await user.type(field, '50');
    await user.click(within(dialog).getByRole('button', { name: 'Save limit' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Only owners and administrators can set spending limits.');
  });

  it.each<Role>(['OWNER', 'ADMIN'])('%s gets the action on every row, the owner and their own included', async (role) => {
    const self = role === 'OWNER' ? OWNER : VIEWER_ADMIN;
    renderWithProviders(<MembersPage />, {
      role,
      session: makeSession(role, makeViewer(role, { memberId: self.id, name: self.name })),
      mocks: [membersMock(ALL)],
    });
    await screen.findByText('Bob Builder');
    for (const m of ALL) expect(screen.getByRole('button', { name: `Set spending limit of ${m.name}` })).toBeInTheDocument();
  });

  it.each<Role>(['MEMBER', 'GUEST'])('%s has no spending-limit action but sees the indicator the API returns', async (role) => {
    renderWithProviders(<MembersPage />, { role, mocks: [membersMock(ALL)] });
    await screen.findByText('Bob Builder');
    for (const m of ALL) expect(screen.queryByRole('button', { name: `Set spending limit of ${m.name}` })).not.toBeInTheDocument();
    expect(within(screen.getByTestId(`member-row-${BOB.id}`)).getByTestId('allowance-indicator')).toBeInTheDocument();
  });
});

describe('Members table: allowance indicator', () => {
  it('renders used / limit with a bar, only for members with an allowance', async () => {
    const big = { ...GAIL, allowance: allowance('1234567.25', '1234567.25', '0') };
    renderWithProviders(<MembersPage />, { role: 'ADMIN', mocks: [membersMock([OWNER, BOB_LIMITED, big])] });
    const bob = within(await screen.findByTestId(`member-row-${BOB.id}`));
    expect(bob.getByText('Limit: 37.5 / 100 used this month')).toBeInTheDocument();
    const bar = bob.getByRole('progressbar', { name: 'Bob Builder: 37.5 of 100 credits used this month' });
    expect(bar).toHaveAttribute('aria-valuenow', '37');

    const gail = within(screen.getByTestId(`member-row-${GAIL.id}`));
    expect(
      gail.getByText(`Limit: ${(1234567).toLocaleString()}.25 / ${(1234567).toLocaleString()}.25 used this month`),
    ).toBeInTheDocument();
    expect(gail.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');

    expect(within(screen.getByTestId(`member-row-${OWNER.id}`)).queryByTestId('allowance-indicator')).not.toBeInTheDocument();
  });
});
