import type { DashboardQuery, UsageRecordedSubscription } from '../../../gql/graphql';
import { applyUsageRecord } from '../live-updates';

const RANGE = { from: '2026-11-01', to: '2026-11-30' };

function dashboard(): DashboardQuery {
  return {
    viewer: { member: { id: 'm1', allowance: { monthlyLimit: '100', usedThisMonth: '10', remaining: '90' } } },
    organization: {
      id: 'o1',
      creditBalance: { balance: '500', lowBalanceThreshold: null, isLow: false, updatedAt: '2026-11-28T09:00:00.000Z', runway: null },
    },
    byDay: [{ key: '2026-11-27', label: '2026-11-27', credits: '4', count: 2 }],
    byMember: [{ key: 'm2', label: 'Other', credits: '4', count: 2 }],
    byResource: [{ key: 'none', label: 'No resource', credits: '4', count: 2 }],
    byApiKey: [{ key: 'k1', label: 'prod backend', credits: '4', count: 2 }],
    recent: {
      totalCount: 2,
      nodes: [
        {
          id: 'r2',
          operation: 'chat',
          credits: '2',
          createdAt: '2026-11-27T10:00:00.000Z',
          member: { id: 'm2', name: 'Other' },
          resource: null,
        },
        {
          id: 'r1',
          operation: 'chat',
          credits: '2',
          createdAt: '2026-11-27T09:00:00.000Z',
          member: { id: 'm2', name: 'Other' },
          resource: null,
        },
      ],
    },
  };
}

const record = (over: Partial<UsageRecordedSubscription['usageRecorded']> = {}): UsageRecordedSubscription['usageRecorded'] => ({
  id: 'r3',
  operation: 'embed',
  credits: '1.5',
  createdAt: '2026-11-28T12:00:00.000Z',
  member: { id: 'm1', name: 'Me' },
  resource: null,
  ...over,
});

describe('dashboard live updates', () => {
  it('adds a live record to the recent list, the count and the day, member and resource totals', () => {
    const next = applyUsageRecord(dashboard(), record(), RANGE);
    expect(next.recent.totalCount).toBe(3);
    expect(next.recent.nodes.map((n) => n.id)).toEqual(['r3', 'r2', 'r1']);
    expect(next.byDay.map((b) => [b.key, b.credits, b.count])).toEqual([
      ['2026-11-27', '4', 2],
      ['2026-11-28', '1.5', 1],
    ]);
    expect(next.byMember.map((b) => [b.key, b.credits])).toEqual([
      ['m2', '4'],
      ['m1', '1.5'],
    ]);
    expect(next.byResource).toEqual([expect.objectContaining({ key: 'none', credits: '5.5', count: 3 })]);
  });

  it("counts the viewer's own spend against their allowance, not someone else's", () => {
    expect(applyUsageRecord(dashboard(), record(), RANGE).viewer.member.allowance).toMatchObject({
      usedThisMonth: '11.5',
      remaining: '88.5',
    });
    const other = applyUsageRecord(dashboard(), record({ member: { id: 'm2', name: 'Other' } }), RANGE);
    expect(other.viewer.member.allowance).toMatchObject({ usedThisMonth: '10', remaining: '90' });
  });

  it('ignores a record outside the range shown, and one already listed', () => {
    const data = dashboard();
    expect(applyUsageRecord(data, record({ createdAt: '2026-12-01T00:00:00.000Z' }), RANGE)).toBe(data);
    expect(applyUsageRecord(data, record({ id: 'r1' }), RANGE)).toBe(data);
  });
});
