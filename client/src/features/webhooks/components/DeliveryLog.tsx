import { useQuery } from '@apollo/client/react';
import { Badge, Button, Text } from '@mantine/core';
import { Table } from '../../common/DataTable';
import { formatRelative } from '../../common/format';
import { notifyError, notifySuccess } from '../../common/notify';
import { EmptyState, ErrorState, LoadingState } from '../../common/QueryState';
import { TableScroll } from '../../common/TableScroll';
import type { WebhookDeliveryStatus } from '../../../gql/graphql';
import { eventLabel } from '../events';
import { useWebhookActions } from '../hooks/useWebhookActions';
import { WebhookDeliveriesQuery } from '../webhooks.graphql';

const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'yellow', SUCCEEDED: 'green', FAILED: 'red' };

/** One endpoint's deliveries, newest first, with Redeliver. */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { data, error, refetch } = useQuery(WebhookDeliveriesQuery, { variables: { endpointId, first: 25 } });
  const { redeliver, loading } = useWebhookActions();
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading deliveries…" />;
  const { nodes, totalCount } = data.webhookDeliveries;
  if (!nodes.length) return <EmptyState title="No deliveries yet">Events appear here once they happen, or send a test.</EmptyState>;
  return (
    <TableScroll minWidth={640} stack>
      <Text size="xs" c="dimmed" mb="xs">
        {totalCount} deliveries
      </Text>
      <Table verticalSpacing="sm" aria-label="Deliveries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Event</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Response</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.ActionsTh />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {nodes.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td cell="primary">{eventLabel(d.eventType)}</Table.Td>
              <Table.Td label="Status">
                <Badge color={STATUS_COLOR[d.status]} variant="light">
                  {d.status}
                </Badge>
              </Table.Td>
              <Table.Td label="Attempts">{d.attempts}</Table.Td>
              <Table.Td label="Response">{d.responseStatus ?? '—'}</Table.Td>
              <Table.Td label="Created">{formatRelative(d.createdAt)}</Table.Td>
              <Table.Td ta="right" cell="actions">
                <Button
                  size="xs"
                  variant="subtle"
                  disabled={loading}
                  aria-label={`Redeliver ${d.id}`}
                  onClick={() =>
                    redeliver(d.id).then(
                      () => notifySuccess('The delivery is queued again, with the same webhook-id.', 'Redelivery queued'),
                      (e: unknown) => notifyError(e),
                    )
                  }
                >
                  Redeliver
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
