import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { displayCredits } from '../../common/format';
import { EmptyState, ErrorState } from '../../common/QueryState';
import type { DayRange } from '../date-range';
import { useStackedUsage } from '../hooks/useStackedUsage';
import { buildStack, OTHER, type StackBy, type StackPoint } from '../stack';

const COLORS = ['indigo', 'teal', 'orange', 'grape', 'cyan'].map((c) => `var(--mantine-color-${c}-6)`);
const OTHER_COLOR = 'var(--mantine-color-gray-5)';

const periodLabel = (p: DayRange) => (p.from === p.to ? p.from.slice(5) : `${p.from.slice(5)}–${p.to.slice(5)}`);

/** Credits per day, stacked by operation or by member (switchable), the biggest five and "Other". */
export function StackedUsageChart({ range, seesEveryone }: { range: DayRange; seesEveryone: boolean }) {
  const [by, setBy] = useState<StackBy>('OPERATION');
  const { periods, buckets, error, refetch } = useStackedUsage(range, by);
  const stack = buckets ? buildStack(periods, buckets) : null;
  const color = (key: string, i: number) => (key === OTHER ? OTHER_COLOR : COLORS[i % COLORS.length]);
  const perDay = periods.every((p) => p.from === p.to);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="xs" c="dimmed">
          {perDay ? 'Credits per day' : `Credits per ${periods[0] ? periodsLength(periods[0]) : 1} days`}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label="Stack by"
          value={by}
          onChange={(v) => setBy(v as StackBy)}
          data={[
            { value: 'OPERATION', label: 'By operation' },
            { value: 'MEMBER', label: seesEveryone ? 'By member' : 'By member (you)' },
          ]}
        />
      </Group>
      {error && !stack ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !stack ? (
        <Skeleton h={260} />
      ) : stack.series.length === 0 ? (
        <EmptyState title="No usage in this range">Calls show here, stacked by {by === 'OPERATION' ? 'operation' : 'member'}.</EmptyState>
      ) : (
        <>
          <div
            role="img"
            aria-label={`Credits ${perDay ? 'per day' : 'per period'} from ${range.from} to ${range.to}, stacked by ${by === 'OPERATION' ? 'operation' : 'member'}.`}
            style={{ width: '100%', height: 260 }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={stack.points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--mantine-color-default-border)" />
                <XAxis dataKey={(p: StackPoint) => periodLabel(p.period)} fontSize={12} minTickGap={16} />
                <YAxis fontSize={12} width={56} allowDecimals />
                <Tooltip
                  content={({ active, payload }) => {
                    const point = active ? (payload?.[0]?.payload as StackPoint | undefined) : undefined;
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
                          {point.period.from === point.period.to ? point.period.from : `${point.period.from} – ${point.period.to}`}
                        </Text>
                        {stack.series
                          .filter((s) => point.credits[s.key])
                          .map((s) => (
                            <Text key={s.key} size="xs">
                              {s.label}: {displayCredits(point.credits[s.key])}
                            </Text>
                          ))}
                      </div>
                    );
                  }}
                />
                {stack.series.map((s, i) => (
                  <Bar
                    key={s.key}
                    dataKey={(p: StackPoint) => p.values[s.key]}
                    name={s.label}
                    stackId="usage"
                    fill={color(s.key, i)}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Group gap="md" wrap="wrap" role="list" aria-label="Series">
            {stack.series.map((s, i) => (
              <Group key={s.key} gap={6} role="listitem" wrap="nowrap">
                <span
                  aria-hidden
                  style={{ width: 10, height: 10, borderRadius: 2, background: color(s.key, i), display: 'inline-block' }}
                />
                <Text size="xs" truncate maw={200}>
                  {s.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {displayCredits(s.credits)}
                </Text>
              </Group>
            ))}
          </Group>
        </>
      )}
    </Stack>
  );
}

function periodsLength(p: DayRange): number {
  return Math.round((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000) + 1;
}
