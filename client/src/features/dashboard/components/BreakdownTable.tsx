import { Progress, Text } from '@mantine/core';
import { parseCredits } from '@orgpulse/shared';
import type { UsageBucketFieldsFragment } from '../../../gql/graphql';
import { CreditsCell } from '../../common/CreditsCell';
import { EmptyState } from '../../common/QueryState';
import { TableScroll } from '../../common/TableScroll';
import { Table } from '../../common/DataTable';

/** Share of the total, in whole percent, computed on exact micro-credits. */
function share(part: string, total: bigint): number {
  if (total <= 0n) return 0;
  return Number((parseCredits(part) * 100n) / total);
}

export function BreakdownTable({ buckets, noun, emptyHint }: { buckets: UsageBucketFieldsFragment[]; noun: string; emptyHint: string }) {
  if (buckets.length === 0) return <EmptyState title={`No usage by ${noun} in this range`}>{emptyHint}</EmptyState>;
  const total = buckets.reduce((sum, b) => sum + parseCredits(b.credits), 0n);
  const sorted = [...buckets].sort((a, b) => {
    const d = parseCredits(b.credits) - parseCredits(a.credits);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  });
  return (
    <TableScroll minWidth={280}>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ textTransform: 'capitalize' }}>{noun}</Table.Th>
            <Table.Th ta="right">Calls</Table.Th>
            <Table.Th ta="right">Credits</Table.Th>
            <Table.Th w="30%">
              <span className="visually-hidden">Share</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((bucket) => {
            const percent = share(bucket.credits, total);
            return (
              <Table.Tr key={bucket.key}>
                <Table.Td>
                  <Text size="sm" truncate maw={220}>
                    {bucket.label}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{bucket.count.toLocaleString()}</Text>
                </Table.Td>
                <CreditsCell amount={bucket.credits} />
                <Table.Td>
                  <Progress value={percent} size="sm" aria-label={`${bucket.label}: ${percent}% of credits used`} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
