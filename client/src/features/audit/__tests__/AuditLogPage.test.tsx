import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import AuditLogPage from '../AuditLogPage';
import { AuditFilterOptionsQuery, AuditLogQuery } from '../audit.graphql';

const MAX = { __typename: 'Member' as const, id: '11111111-1111-4111-8111-111111111111', name: 'Max Member', email: 'max@example.com' };
const ADA = { __typename: 'Member' as const, id: '22222222-2222-4222-8222-222222222222', name: 'Ada Admin', email: 'ada@example.com' };

const event = (id: string, action: string, data: string | null, targetId: string | null = MAX.id) => ({
  __typename: 'AuditEvent' as const,
  id,
  action,
  targetId,
  data,
  createdAt: '2026-11-28T09:00:00.000Z',
  actor: { __typename: 'Member' as const, id: ADA.id, name: ADA.name },
});

const ROLE_CHANGED = event('e1', 'member.role_changed', '{"before":{"role":"MEMBER"},"after":{"role":"ADMIN"}}');
const CREDITS = event('e2', 'credits.added', '{"before":{"balance":"0"},"after":{"balance":"1500"},"note":"Invoice 7"}', null);

interface Vars {
  actorId: string | null;
  actions: string[] | null;
  targetId: string | null;
  from: string | null;
  to: string | null;
}
const NONE: Vars = { actorId: null, actions: null, targetId: null, from: null, to: null };

function logMock(
  vars: Partial<typeof NONE> & { after?: string | null; withTotal?: boolean },
  nodes: unknown[],
  total: number,
  hasNextPage = false,
) {
  const withTotal = vars.withTotal ?? true;
  return {
    request: { query: AuditLogQuery, variables: { first: 30, after: null, ...NONE, ...vars, withTotal } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEventConnection' as const,
          nodes,
          pageInfo: { __typename: 'PageInfo' as const, endCursor: hasNextPage ? 'c1' : null, hasNextPage },
          ...(withTotal ? { totalCount: total } : {}),
        },
      },
    },
  };
}

const options = {
  request: { query: AuditFilterOptionsQuery },
  result: {
    data: {
      auditActions: ['credits.added', 'member.added', 'member.role_changed'],
      members: { __typename: 'MemberConnection' as const, nodes: [ADA, MAX] },
    },
  },
};

describe('Audit log page', () => {
  it('shows each event’s before and after as a readable table, not JSON', async () => {
    renderWithProviders(<AuditLogPage />, { role: 'ADMIN', mocks: [logMock({}, [ROLE_CHANGED, CREDITS], 2), options] });
    const role = await screen.findByRole('row', { name: 'Role: Member → Administrator' });
    expect(within(role).getByRole('rowheader')).toHaveTextContent('Role');
    expect(role).toHaveTextContent('Member → Administrator');
    expect(screen.getByRole('row', { name: `Balance: 0 → ${(1500).toLocaleString()}` })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Note: Invoice 7' })).toBeInTheDocument();
    expect(screen.queryByText(/"before"/)).not.toBeInTheDocument();
    expect(screen.getByText('Member role changed', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    // the target is named when it is a member
    expect(await screen.findByRole('button', { name: 'Max Member' })).toBeInTheDocument();
    expect(screen.getByText('2 events')).toBeInTheDocument();
  });

  it('filters by action and by actor, and clicking a target filters by it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditLogPage />, {
      role: 'OWNER',
      mocks: [
        logMock({}, [ROLE_CHANGED, CREDITS], 2),
        options,
        logMock({ actions: ['member.role_changed'] }, [ROLE_CHANGED], 1),
        logMock({ actions: ['member.role_changed'], actorId: ADA.id }, [ROLE_CHANGED], 1),
        logMock({ actions: ['member.role_changed'], actorId: ADA.id, targetId: MAX.id }, [ROLE_CHANGED], 1),
      ],
    });
    await screen.findByRole('row', { name: 'Note: Invoice 7' });

    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'Member role changed', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('row', { name: 'Note: Invoice 7' })).not.toBeInTheDocument());
    expect(screen.getByText('1 event')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'By' }));
    await user.click(await screen.findByRole('option', { name: 'Ada Admin (ada@example.com)', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Max Member' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Target id' })).toHaveValue(MAX.id));
    expect(await screen.findByRole('row', { name: 'Role: Member → Administrator' })).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Target id' }));
    await user.type(screen.getByRole('textbox', { name: 'Target id' }), 'abc');
    expect(screen.getByText(/Paste a whole id/)).toBeInTheDocument();
  });

  it('says when no event matches, and counts the total on the first page only', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditLogPage />, {
      role: 'ADMIN',
      mocks: [
        logMock({}, [ROLE_CHANGED], 31, true),
        options,
        logMock({ after: 'c1', withTotal: false }, [CREDITS], 0),
        logMock({ actions: ['credits.added'] }, [], 0),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Next page of events' }));
    expect(await screen.findByRole('row', { name: 'Note: Invoice 7' })).toBeInTheDocument();
    expect(screen.getByText('31–31 of 31 events')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'Credits added', hidden: true }));
    expect(await screen.findByText('No event matches these filters')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('downloads the CSV of the filtered log, and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    const fetchMock = jest.fn(async () => ({
      ok: false,
      status: 403,
      json: async () => ({ errors: [{ message: 'Your role does not allow this.' }] }),
    }));
    const original = global.fetch;
    global.fetch = fetchMock as unknown as typeof fetch;
    try {
      renderWithProviders(<AuditLogPage />, { role: 'ADMIN', mocks: [logMock({}, [ROLE_CHANGED], 1), options] });
      await screen.findByRole('row', { name: 'Role: Member → Administrator' });
      await user.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/audit.csv?',
        expect.objectContaining({ headers: { authorization: 'Bearer test-token' } }),
      );
      expect(await screen.findByText('Your role does not allow this.')).toBeInTheDocument();
    } finally {
      global.fetch = original;
    }
  });

  it('is refused to members and guests', () => {
    renderWithProviders(<AuditLogPage />, { role: 'MEMBER' });
    expect(screen.getByText('The audit log is for owners and administrators')).toBeInTheDocument();
  });
});
