import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import '@mantine/dates/styles.css';
import { Permission } from '@orgpulse/shared';
import { formatDateTime } from '../common/format';
import { notifyError } from '../common/notify';
import { PageHeader } from '../common/PageHeader';
import { PagerControls } from '../common/PagerControls';
import { EmptyState, ErrorState, LoadingState } from '../common/QueryState';
import { usePager } from '../common/usePager';
import { Can } from '../permissions/Can';
import { AuditFilterOptionsQuery, AuditLogQuery } from './audit.graphql';
import { describeAction } from './audit-details';
import { filterVariables, isFiltered, NO_FILTER, type AuditFilter } from './audit-filter';
import { AuditChanges } from './components/AuditChanges';
import { AuditFilters } from './components/AuditFilters';
import { useAuditCsvExport } from './useAuditCsvExport';
import { TableScroll } from '../common/TableScroll';
import { Table } from '../common/DataTable';

const PAGE_SIZE = 30;

function AuditLogPage() {
  return (
    <Can permission={Permission.AuditRead} fallback={<EmptyState title="The audit log is for owners and administrators" />}>
      <AuditLog />
    </Can>
  );
}

function AuditLog() {
  const pager = usePager();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  // the total is counted on the first page only, then kept while paging (a count over a big log is the slow part)
  const [total, setTotal] = useState<{ key: string; count: number } | null>(null);
  const variables = filterVariables(filter);
  const filterKey = JSON.stringify(variables);
  const { data, error, refetch } = useQuery(AuditLogQuery, {
    variables: { first: PAGE_SIZE, after: pager.after, ...variables, withTotal: pager.page === 0 },
  });
  const options = useQuery(AuditFilterOptionsQuery).data;
  const [exportCsv, { exporting }] = useAuditCsvExport();
  const connection = data?.auditLog;
  const counted = connection?.totalCount;
  if (typeof counted === 'number' && (total?.key !== filterKey || total.count !== counted)) setTotal({ key: filterKey, count: counted });
  const totalCount = typeof counted === 'number' ? counted : total?.key === filterKey ? total.count : null;

  const members = options?.members.nodes ?? [];
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const change = (next: AuditFilter) => {
    setFilter(next);
    pager.reset();
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every management action: who did what, to whom, and when, with the values before and after."
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={exporting}
            onClick={() => exportCsv(filter).catch((e) => notifyError(e, 'Export failed'))}
          >
            Export CSV
          </Button>
        }
      />
      <Card withBorder padding="md">
        <Stack>
          <AuditFilters value={filter} onChange={change} actions={options?.auditActions ?? []} members={members} />
          {error && !connection ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !connection ? (
            <LoadingState label="Loading the audit log…" />
          ) : connection.nodes.length === 0 ? (
            isFiltered(filter) ? (
              <EmptyState title="No event matches these filters">Clear a filter or widen the dates.</EmptyState>
            ) : (
              <EmptyState title="Nothing recorded yet">Adding members, changing roles and adding credits are recorded here.</EmptyState>
            )
          ) : (
            <>
              <TableScroll minWidth={760} stack>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>When</Table.Th>
                      <Table.Th>Action</Table.Th>
                      <Table.Th>By</Table.Th>
                      <Table.Th>Target</Table.Th>
                      <Table.Th>Changes</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {connection.nodes.map((event) => (
                      <Table.Tr key={event.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }} cell="primary">
                          <Text size="sm">{formatDateTime(event.createdAt)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" title={event.action} style={{ textTransform: 'none' }}>
                            {describeAction(event.action)}
                          </Badge>
                        </Table.Td>
                        <Table.Td label="By">
                          <Text size="sm">{event.actor?.name ?? 'System'}</Text>
                        </Table.Td>
                        <Table.Td label="Target">
                          {event.targetId ? (
                            <Anchor
                              component="button"
                              type="button"
                              size="sm"
                              title={`Only events about ${event.targetId}`}
                              onClick={() => change({ ...filter, targetId: event.targetId ?? '' })}
                            >
                              {nameOf.get(event.targetId) ?? `${event.targetId.slice(0, 8)}…`}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              —
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td maw={420} cell="primary" style={{ whiteSpace: 'normal' }}>
                          <AuditChanges data={event.data} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
              {totalCount !== null ? (
                <PagerControls pager={pager} pageSize={PAGE_SIZE} connection={{ ...connection, totalCount }} noun="events" />
              ) : null}
            </>
          )}
        </Stack>
      </Card>
    </>
  );
}

export default AuditLogPage;
