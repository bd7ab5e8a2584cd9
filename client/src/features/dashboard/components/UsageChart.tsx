import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Text } from '@mantine/core';
import type { UsageBucketFieldsFragment } from '../../../gql/graphql';
import { displayCredits } from '../../common/format';
import { daysOf, type DayRange } from '../date-range';

interface Point {
  day: string;
  /** Plot position only; labels show the exact decimal string. */
  value: number;
  credits: string;
  count: number;
}

export function UsageChart({ buckets, range }: { buckets: UsageBucketFieldsFragment[]; range: DayRange }) {
  const byDay = new Map(buckets.map((b) => [b.key.slice(0, 10), b]));
  const points: Point[] = daysOf(range).map((day) => {
    const bucket = byDay.get(day);
    return { day, value: bucket ? Number(bucket.credits) : 0, credits: bucket?.credits ?? '0', count: bucket?.count ?? 0 };
  });
  const summary = `Credits used per day from ${range.from} to ${range.to}; ${buckets.length} days with usage.`;

  return (
    <div role="img" aria-label={summary} style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <defs>
            <linearGradient id="usageFill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="var(--mantine-color-indigo-5)" stopOpacity={0.35} />
              <stop offset="100%" stopColor="var(--mantine-color-indigo-5)" stopOpacity={0} />
            </linearGradient>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--mantine-color-default-border)" />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} fontSize={12} minTickGap={24} />
          <YAxis fontSize={12} width={56} allowDecimals />
          <Tooltip
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
              if (!point) return null;
              return (
                <div
                  style={{
                    background: 'var(--mantine-color-body)',
                    border: '1px solid var(--mantine-color-default-border)',
                    borderRadius: 8,
                    padding: '6px 10px',
                  }}
                >
                  <Text size="xs" c="dimmed">
                    {point.day}
                  </Text>
                  <Text size="sm" fw={600}>
                    {displayCredits(point.credits)} credits
                  </Text>
                  <Text size="xs" c="dimmed">
                    {point.count} calls
                  </Text>
                </div>
              );
            }}
          />
          <Area
            isAnimationActive={false}
            type="monotone"
            dataKey="value"
            stroke="var(--mantine-color-indigo-6)"
            strokeWidth={2}
            fill="url(#usageFill)"
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
