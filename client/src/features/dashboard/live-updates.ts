import { addCredits, formatCredits, parseCredits } from '@orgpulse/shared';
import type { DashboardQuery, UsageRecordedSubscription } from '../../gql/graphql';
import { type DayRange, utcDay } from './date-range';

type Bucket = DashboardQuery['byDay'][number];
type LiveRecord = UsageRecordedSubscription['usageRecorded'];

const RECENT = 10;
/** The server's bucket key for usage that named no resource (server/src/modules/usage/usage.service.ts). */
const NO_RESOURCE_KEY = 'none';

function addTo(buckets: Bucket[], key: string, label: string, credits: string): Bucket[] {
  const i = buckets.findIndex((b) => b.key === key);
  if (i < 0) return [...buckets, { __typename: 'UsageBucket', key, label, credits, count: 1 } as Bucket];
  return buckets.map((b, j) => (j === i ? { ...b, credits: addCredits(b.credits, credits), count: b.count + 1 } : b));
}

const byCreditsDesc = (a: Bucket, b: Bucket) => {
  const d = parseCredits(b.credits) - parseCredits(a.credits);
  return d === 0n ? a.label.localeCompare(b.label) : d > 0n ? 1 : -1;
};

/**
 * The dashboard after one live usage record: the recent list and count, the day, member and
 * resource totals, and the viewer's own allowance. Unchanged (the same object) when the
 * record is outside the range shown or already in the list (a replayed event).
 */
export function applyUsageRecord(data: DashboardQuery, record: LiveRecord, range: DayRange): DashboardQuery {
  const day = utcDay(new Date(record.createdAt));
  if (day < range.from || day > range.to) return data;
  if (data.recent.nodes.some((n) => n.id === record.id)) return data;
  const { member, resource } = record;
  const own = member.id === data.viewer.member.id ? data.viewer.member.allowance : null;
  return {
    ...data,
    viewer: own
      ? {
          ...data.viewer,
          member: {
            ...data.viewer.member,
            allowance: {
              ...own,
              usedThisMonth: addCredits(own.usedThisMonth, record.credits),
              remaining: formatCredits(
                parseCredits(own.remaining) > parseCredits(record.credits)
                  ? parseCredits(own.remaining) - parseCredits(record.credits)
                  : 0n,
              ),
            },
          },
        }
      : data.viewer,
    byDay: addTo(data.byDay, day, day, record.credits).sort((a, b) => a.key.localeCompare(b.key)),
    byMember: addTo(data.byMember, member.id, member.name, record.credits).sort(byCreditsDesc),
    byResource: addTo(data.byResource, resource?.id ?? NO_RESOURCE_KEY, resource?.name ?? 'No resource', record.credits).sort(
      byCreditsDesc,
    ),
    recent: {
      ...data.recent,
      totalCount: data.recent.totalCount + 1,
      nodes: [record, ...data.recent.nodes]
        .sort((a, b) => (a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, RECENT),
    },
  };
}
