import { Badge, Text } from '@mantine/core';
import type { CreditsPageQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../common/format';
import { CreditsCell } from '../../common/CreditsCell';
import { TableScroll } from '../../common/TableScroll';
import { Table } from '../../common/DataTable';

type Transactions = CreditsPageQuery['creditTransactions']['nodes'];

const KIND: Record<string, { label: string; color: string }> = {
  TOP_UP: { label: 'Top-up', color: 'teal' },
  USAGE: { label: 'Usage', color: 'blue' },
  ADJUSTMENT: { label: 'Adjustment', color: 'gray' },
};

export function TransactionsTable({ transactions }: { transactions: Transactions }) {
  return (
    <TableScroll minWidth={640} stack>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Note</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th ta="right">Balance after</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transactions.map((t) => {
            const kind = KIND[t.kind] ?? { label: t.kind, color: 'gray' };
            return (
              <Table.Tr key={t.id}>
                <Table.Td cell="primary">
                  <Text size="sm">{formatDateTime(t.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={kind.color}>
                    {kind.label}
                  </Badge>
                </Table.Td>
                <Table.Td label="By">
                  <Text size="sm">{t.member?.name ?? '—'}</Text>
                </Table.Td>
                <Table.Td label={t.note ? (t.kind === 'ADJUSTMENT' ? 'Reason' : 'Note') : undefined}>
                  {t.note &&
                    (t.kind === 'ADJUSTMENT' ? (
                      // The reason for a correction is the point of the row: show all of it.
                      <Text size="sm" maw={320} lineClamp={4} title={t.note} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                        {t.note}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed" truncate maw={220} title={t.note}>
                        {t.note}
                      </Text>
                    ))}
                </Table.Td>
                <CreditsCell amount={t.amount} label="Amount" signed />
                <CreditsCell amount={t.balanceAfter} label="Balance after" />
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
