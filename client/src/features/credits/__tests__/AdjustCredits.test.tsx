import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@orgpulse/shared';
import { renderWithProviders } from '../../../test/render';
import CreditsPage from '../CreditsPage';
import { AdjustBalanceAction } from '../components/AdjustBalanceAction';
import { AdjustCreditsMutation, CreditsPageQuery } from '../credits.graphql';

type Kind = 'TOP_UP' | 'USAGE' | 'ADJUSTMENT';

function transaction(id: string, kind: Kind, amount: string, balanceAfter: string, note: string | null = null) {
  return {
    __typename: 'CreditTransaction' as const,
    id,
    kind,
    amount,
    balanceAfter,
    note,
    createdAt: '2026-03-02T09:30:00.000Z',
    member: { __typename: 'Member' as const, id: 'm-viewer', name: 'Vera Viewer' },
  };
}

const TOP_UP = transaction('t-1', 'TOP_UP', '100', '100', 'Invoice 2026-014');

function creditsPageMock(balance: string, nodes: ReturnType<typeof transaction>[]): MockLink.MockedResponse {
  return {
    request: { query: CreditsPageQuery, variables: { first: 25, after: null } },
    result: {
      data: {
        organization: {
          __typename: 'Organization',
          id: 'org-1',
          creditBalance: {
            __typename: 'CreditBalance',
            balance,
            lowBalanceThreshold: null,
            isLow: false,
            updatedAt: '2026-03-02T09:30:00.000Z',
          },
        },
        creditTransactions: {
          __typename: 'CreditTransactionConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', endCursor: nodes.at(-1)?.id ?? null, hasNextPage: false },
          totalCount: nodes.length,
        },
      },
    },
  };
}

interface AdjustInput {
  amount: string;
  note: string;
  idempotencyKey: string;
}

/** Records the input the mutation was sent with (the key is random, so any variables match). */
const recordInto = (sent: AdjustInput[]) => (variables: Record<string, unknown>) => {
  sent.push(variables.input as AdjustInput);
  return true;
};

/** An adjustCredits mock that records what was sent and answers with the result. */
function adjustMock(
  result: (input: AdjustInput) => { data: unknown } | { errors: unknown[] },
  sent: AdjustInput[],
): MockLink.MockedResponse {
  return {
    request: { query: AdjustCreditsMutation, variables: recordInto(sent) },
    result: (variables: Record<string, unknown>) => result(variables.input as AdjustInput),
  } as MockLink.MockedResponse;
}

/** An adjustCredits request that never reaches the server. */
function networkFailureMock(sent: AdjustInput[]): MockLink.MockedResponse {
  return { request: { query: AdjustCreditsMutation, variables: recordInto(sent) }, error: new TypeError('Failed to fetch') };
}

function adjusted(input: AdjustInput, balanceAfter: string) {
  return {
    data: {
      adjustCredits: {
        __typename: 'CreditTransaction',
        id: 't-adj',
        kind: 'ADJUSTMENT',
        amount: input.amount,
        balanceAfter,
        note: input.note,
      },
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Focuses a field and pastes the text (one change event, instead of one per key). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function openDialog() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Adjust balance' }));
  const dialog = await screen.findByRole('dialog', { name: 'Adjust balance' });
  return { user, dialog };
}

async function fillAdjustment(
  user: ReturnType<typeof userEvent.setup>,
  dialog: HTMLElement,
  { direction, amount, note }: { direction?: 'Add credits' | 'Remove credits'; amount?: string; note?: string },
) {
  if (direction) await user.click(within(dialog).getByRole('radio', { name: direction }));
  const amountField = within(dialog).getByLabelText(/^Amount to/);
  await user.clear(amountField);
  if (amount) await fill(user, amountField, amount);
  const noteField = within(dialog).getByLabelText(/^Reason/);
  await user.clear(noteField);
  if (note) await fill(user, noteField, note);
}

const submitButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Adjust balance' });

describe('Adjust balance', () => {
  it('removes credits with a negative amount, then shows the new balance and the reason in the ledger', async () => {
    const sent: AdjustInput[] = [];
    const reason = 'Refund reversed: the customer was charged twice for the March outage credit';
    renderWithProviders(<CreditsPage />, {
      role: 'OWNER',
      mocks: [
        creditsPageMock('100', [TOP_UP]),
        adjustMock((input) => adjusted(input, '87.5'), sent),
        creditsPageMock('87.5', [transaction('t-adj', 'ADJUSTMENT', '-12.5', '87.5', reason), TOP_UP]),
      ],
    });
    expect(await screen.findByTestId('credit-balance')).toHaveTextContent('100');
    const { user, dialog } = await openDialog();
    expect(within(dialog).getByText(/Current balance: 100\./)).toBeInTheDocument();

    await fillAdjustment(user, dialog, { direction: 'Remove credits', amount: '12.50', note: `  ${reason}  ` });
    await user.click(submitButton(dialog));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ amount: '-12.5', note: reason, idempotencyKey: expect.stringMatching(UUID) });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Adjust balance' })).not.toBeInTheDocument());
    expect(await screen.findByText('Removed 12.5 credits. Balance: 87.5.')).toBeInTheDocument();

    // the page was refetched: the balance and the ADJUSTMENT row with its reason
    await waitFor(() => expect(screen.getByTestId('credit-balance')).toHaveTextContent('87.5'));
    const row = screen.getByText(reason).closest('tr')!;
    expect(within(row).getByText('Adjustment')).toBeInTheDocument();
    expect(within(row).getByText('−12.5')).toBeInTheDocument(); // displayCredits prints a real minus sign
  });

  it('adds credits with a positive exact amount and a fresh key for every submit', async () => {
    const sent: AdjustInput[] = [];
    renderWithProviders(<CreditsPage />, {
      role: 'ADMIN',
      mocks: [
        creditsPageMock('100', [TOP_UP]),
        adjustMock((input) => adjusted(input, '100.000001'), sent),
        creditsPageMock('100.000001', [TOP_UP]),
        adjustMock((input) => adjusted(input, '100.000002'), sent),
        creditsPageMock('100.000002', [TOP_UP]),
      ],
    });

    for (let i = 0; i < 2; i += 1) {
      const { user, dialog } = await openDialog();
      // "add" is the default direction
      expect(within(dialog).getByRole('radio', { name: 'Add credits' })).toBeChecked();
      await fillAdjustment(user, dialog, { amount: '0.000001', note: 'Rounding correction' });
      await user.click(submitButton(dialog));
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Adjust balance' })).not.toBeInTheDocument());
    }

    expect(sent.map(({ amount, note }) => ({ amount, note }))).toEqual([
      { amount: '0.000001', note: 'Rounding correction' },
      { amount: '0.000001', note: 'Rounding correction' },
    ]);
    expect(sent[0].idempotencyKey).toMatch(UUID);
    expect(sent[1].idempotencyKey).toMatch(UUID);
    expect(sent[1].idempotencyKey).not.toBe(sent[0].idempotencyKey);
  });

  it('requires a reason', async () => {
    const sent: AdjustInput[] = [];
    renderWithProviders(<CreditsPage />, {
      role: 'ADMIN',
      mocks: [creditsPageMock('100', [TOP_UP]), adjustMock((input) => adjusted(input, '110'), sent)],
    });
    const { user, dialog } = await openDialog();

    await fillAdjustment(user, dialog, { amount: '10' });
    await user.click(submitButton(dialog));
    expect(await within(dialog).findByText('Say why the balance is adjusted.')).toBeInTheDocument();

    // spaces alone are no reason
    await fillAdjustment(user, dialog, { amount: '10', note: '     ' });
    await user.click(submitButton(dialog));
    expect(await within(dialog).findByText('Say why the balance is adjusted.')).toBeInTheDocument();

    await fillAdjustment(user, dialog, { amount: '10', note: 'x'.repeat(501) });
    await user.click(submitButton(dialog));
    expect(await within(dialog).findByText('Use at most 500 characters.')).toBeInTheDocument();

    expect(sent).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: 'Adjust balance' })).toBeInTheDocument();
  });

  it.each([
    ['', 'Enter an amount.'],
    ['0', 'Enter an amount above zero.'],
    ['0.000000', 'Enter an amount above zero.'],
    ['-5', 'Enter an amount above zero.'],
    ['12.1234567', 'Credits have at most 6 digits after the point.'],
    ['1e3', 'is not a decimal amount'],
    ['12,5', 'is not a decimal amount'],
    ['0.1 + 0.2', 'is not a decimal amount'],
    ['1000000000000', 'Credits must be below 10^12.'],
  ])('blocks the amount %p', async (amount, message) => {
    const sent: AdjustInput[] = [];
    renderWithProviders(<CreditsPage />, {
      role: 'ADMIN',
      mocks: [creditsPageMock('100', [TOP_UP]), adjustMock((input) => adjusted(input, '100'), sent)],
    });
    const { user, dialog } = await openDialog();

    await fillAdjustment(user, dialog, { direction: 'Remove credits', amount, note: 'Correction' });
    await user.click(submitButton(dialog));

    expect(await within(dialog).findByText(new RegExp(message.replace(/[.^]/g, '\\$&')))).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('says so when the adjustment would take the balance below zero (INSUFFICIENT_CREDITS)', async () => {
    const sent: AdjustInput[] = [];
    renderWithProviders(<CreditsPage />, {
      role: 'ADMIN',
      mocks: [
        creditsPageMock('100', [TOP_UP]),
        adjustMock(
          () => ({
            errors: [
              {
                message: 'This adjustment would take the balance below zero: it removes 150 and the balance is 100.',
                extensions: { code: 'INSUFFICIENT_CREDITS' },
              },
            ],
          }),
          sent,
        ),
      ],
    });
    const { user, dialog } = await openDialog();

    await fillAdjustment(user, dialog, { direction: 'Remove credits', amount: '150', note: 'Chargeback' });
    await user.click(submitButton(dialog));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This would take the balance below zero');
    expect(sent).toEqual([{ amount: '-150', note: 'Chargeback', idempotencyKey: expect.stringMatching(UUID) }]);
    // the dialog stays open with what was typed, so the amount can be corrected
    expect(within(dialog).getByLabelText(/^Amount to remove/)).toHaveValue('150');
  });

  it('reuses the idempotency key when the same submit is retried after a network error', async () => {
    const sent: AdjustInput[] = [];
    renderWithProviders(<CreditsPage />, {
      role: 'ADMIN',
      mocks: [
        creditsPageMock('100', [TOP_UP]),
        networkFailureMock(sent),
        networkFailureMock(sent),
        adjustMock((input) => adjusted(input, '94.5'), sent),
        creditsPageMock('94.5', [TOP_UP]),
      ],
    });
    const { user, dialog } = await openDialog();

    await fillAdjustment(user, dialog, { direction: 'Remove credits', amount: '5', note: 'Duplicate top-up' });
    await user.click(submitButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot reach the server');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Submitting again will not apply the adjustment twice.');

    // the same submit again: the same key
    await user.click(submitButton(dialog));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot reach the server');
    expect(sent[1]).toEqual(sent[0]);

    // another amount is another adjustment: a new key
    await fillAdjustment(user, dialog, { direction: 'Remove credits', amount: '5.5', note: 'Duplicate top-up' });
    await user.click(submitButton(dialog));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Adjust balance' })).not.toBeInTheDocument());
    expect(sent[2].amount).toBe('-5.5');
    expect(sent[2].idempotencyKey).toMatch(UUID);
    expect(sent[2].idempotencyKey).not.toBe(sent[0].idempotencyKey);
  });

  it('uses a new key after the server refused the previous submit', async () => {
    const sent: AdjustInput[] = [];
    renderWithProviders(<CreditsPage />, {
      role: 'ADMIN',
      mocks: [
        creditsPageMock('100', [TOP_UP]),
        adjustMock(() => ({ errors: [{ message: 'Below zero.', extensions: { code: 'INSUFFICIENT_CREDITS' } }] }), sent),
        adjustMock((input) => adjusted(input, '0'), sent),
        creditsPageMock('0', [TOP_UP]),
      ],
    });
    const { user, dialog } = await openDialog();
    await fillAdjustment(user, dialog, { direction: 'Remove credits', amount: '100', note: 'Account closed' });
    await user.click(submitButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This would take the balance below zero');

    await user.click(submitButton(dialog));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].idempotencyKey).not.toBe(sent[0].idempotencyKey);
  });

  it.each<[Role, boolean]>([
    ['OWNER', true],
    ['ADMIN', true],
    ['MEMBER', false],
    ['GUEST', false],
  ])('the action is shown to %s: %p', async (role, shown) => {
    renderWithProviders(<AdjustBalanceAction balance="100" />, { role });
    if (shown) expect(await screen.findByRole('button', { name: 'Adjust balance' })).toBeInTheDocument();
    else expect(screen.queryByRole('button', { name: 'Adjust balance' })).not.toBeInTheDocument();
  });

  it('is not on the page for a MEMBER', async () => {
    renderWithProviders(<CreditsPage />, { role: 'MEMBER', mocks: [creditsPageMock('100', [TOP_UP])] });
    expect(await screen.findByText('Billing is for owners and administrators')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adjust balance' })).not.toBeInTheDocument();
  });
});
