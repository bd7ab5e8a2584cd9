import { Text } from '@mantine/core';
import type { DashboardQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../common/format';
import { CreditsCell } from '../../common/CreditsCell';
import { EmptyState } from '../../common/QueryState';
import { TableScroll } from '../../common/TableScroll';
import { Table } from '../../common/DataTable';

type Records = DashboardQuery['recent']['nodes'];

export function RecentActivity({ records }: { records: Records }) {
  if (records.length === 0) return <EmptyState title="No API calls in this range">Usage appears here as members call the API.</EmptyState>;
  return (
    <TableScroll minWidth={560} stack>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Member</Table.Th>
            <Table.Th>Operation</Table.Th>
            <Table.Th>Resource</Table.Th>
            <Table.Th ta="right">Credits</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td cell="primary">
                <Text size="sm">{formatDateTime(record.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{record.member.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {record.operation}
                </Text>
              </Table.Td>
              <Table.Td label="Resource">
                <Text size="sm" c={record.resource ? undefined : 'dimmed'}>
                  {record.resource?.name ?? '—'}
                </Text>
              </Table.Td>
              <CreditsCell amount={record.credits} label="Credits" />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
