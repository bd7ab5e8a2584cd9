import { useQuery } from '@apollo/client/react';
import { Badge, Card, Stack, Text } from '@mantine/core';
import { Permission } from '@orgpulse/shared';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { PagerControls } from '../common/PagerControls';
import { EmptyState, ErrorState, LoadingState } from '../common/QueryState';
import { usePager } from '../common/usePager';
import { Can } from '../permissions/Can';
import { AuditLogQuery } from './audit.graphql';
import { describeAuditData } from './audit-details';
import { TableScroll } from '../common/TableScroll';
import { Table } from '../common/DataTable';

const PAGE_SIZE = 30;

/** "member.role_changed" -> "Member role changed". */
function describeAction(action: string): string {
  const text = action.replace(/[._]/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function AuditLogPage() {
  const pager = usePager();
  const { data, error, refetch } = useQuery(AuditLogQuery, { variables: { first: PAGE_SIZE, after: pager.after } });
  const connection = data?.auditLog;

  return (
    <Can permission={Permission.AuditRead} fallback={<EmptyState title="The audit log is for owners and administrators" />}>
      <PageHeader
        title="Audit log"
        description="Every management action: who did what, to whom, and when, with the values before and after."
      />
      <Card withBorder padding="md">
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <LoadingState label="Loading the audit log…" />
        ) : connection.nodes.length === 0 ? (
          <EmptyState title="Nothing recorded yet">Adding members, changing roles and adding credits are recorded here.</EmptyState>
        ) : (
          <Stack>
            <TableScroll minWidth={720} stack>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Action</Table.Th>
                    <Table.Th>By</Table.Th>
                    <Table.Th>Details</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((event) => {
                    const details = describeAuditData(event.data);
                    return (
                      <Table.Tr key={event.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }} cell="primary">
                          <Text size="sm">{formatDateTime(event.createdAt)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" title={event.action}>
                            {describeAction(event.action)}
                          </Badge>
                        </Table.Td>
                        <Table.Td label="By">
                          <Text size="sm">{event.actor?.name ?? 'System'}</Text>
                        </Table.Td>
                        <Table.Td maw={420} cell="primary" style={{ whiteSpace: 'normal' }}>
                          {details.length > 0 ? (
                            <Stack gap={0} title={event.data ?? undefined}>
                              {details.map((line, i) => (
                                <Text key={i} size="xs" c="dimmed">
                                  {line}
                                </Text>
                              ))}
                            </Stack>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {event.targetId ? `Target ${event.targetId}` : '—'}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <PagerControls pager={pager} pageSize={PAGE_SIZE} connection={connection} noun="events" />
          </Stack>
        )}
      </Card>
    </Can>
  );
}

export default AuditLogPage;
