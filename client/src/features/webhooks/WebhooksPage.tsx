import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { Permission } from '@orgpulse/shared';
import type { WebhookEndpointRowFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDate } from '../common/format';
import { notifyError, notifySuccess } from '../common/notify';
import { PageHeader } from '../common/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../common/QueryState';
import { useConfirmTarget } from '../common/useConfirmTarget';
import { Can } from '../permissions/Can';
import { CreateWebhookDialog, WebhookSecret } from './components/CreateWebhookDialog';
import { DeliveryLog } from './components/DeliveryLog';
import { eventLabel } from './events';
import { useWebhookActions } from './hooks/useWebhookActions';
import { WebhookEndpointsQuery } from './webhooks.graphql';

function EndpointCard({
  endpoint,
  onDelete,
  onSecret,
}: {
  endpoint: WebhookEndpointRowFragment;
  onDelete: () => void;
  onSecret: (s: string) => void;
}) {
  const { sendTest, rotateSecret, loading } = useWebhookActions();
  const [showLog, setShowLog] = useState(false);
  const run = (work: () => Promise<void>) => work().catch((e: unknown) => notifyError(e));
  return (
    <Card withBorder padding="md" data-testid={`endpoint-${endpoint.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Code style={{ wordBreak: 'break-all' }}>{endpoint.url}</Code>
          <Badge color={endpoint.enabled ? 'green' : 'red'} variant="light">
            {endpoint.enabled ? 'Enabled' : 'Disabled'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {endpoint.events.map(eventLabel).join(', ')} · added {formatDate(endpoint.createdAt)}
        </Text>
        {!endpoint.enabled && (
          <Text size="sm" c="red">
            Disabled after repeated failures. Fix the receiver, then send a test: a successful delivery enables it again.
          </Text>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            disabled={loading}
            onClick={() => run(async () => (await sendTest(endpoint.id), notifySuccess('A webhook.test delivery is queued.', 'Test sent')))}
          >
            Send test
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setShowLog((v) => !v)}>
            {showLog ? 'Hide deliveries' : 'Deliveries'}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            disabled={loading}
            onClick={() =>
              run(async () => {
                const secret = await rotateSecret(endpoint.id);
                if (secret) onSecret(secret);
              })
            }
          >
            Rotate secret
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={onDelete} aria-label={`Delete ${endpoint.url}`}>
            Delete
          </Button>
        </Group>
        {showLog && <DeliveryLog endpointId={endpoint.id} />}
      </Stack>
    </Card>
  );
}

function WebhooksPage() {
  const { data, error, refetch } = useQuery(WebhookEndpointsQuery);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { deleteEndpoint, loading } = useWebhookActions();
  const [deleting, setDeleting, confirmDelete] = useConfirmTarget(async (endpoint: WebhookEndpointRowFragment) => {
    await deleteEndpoint(endpoint.id);
    notifySuccess(`${endpoint.url} receives no more events.`, 'Endpoint deleted');
  });

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Signed events (Standard Webhooks) POSTed to your endpoints when members, credits or API keys change."
        actions={
          <Can permission={Permission.WebhooksManage}>
            <Button leftSection={<IconWebhook size={18} />} onClick={() => setCreating(true)}>
              Add endpoint
            </Button>
          </Can>
        }
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Loading webhook endpoints…" />
      ) : data.webhookEndpoints.length === 0 ? (
        <Card withBorder padding="md">
          <EmptyState title="No webhook endpoints">Add an endpoint to receive events.</EmptyState>
        </Card>
      ) : (
        <Stack>
          {data.webhookEndpoints.map((endpoint) => (
            <EndpointCard key={endpoint.id} endpoint={endpoint} onDelete={() => setDeleting(endpoint)} onSecret={setSecret} />
          ))}
        </Stack>
      )}
      <CreateWebhookDialog opened={creating} onClose={() => setCreating(false)} />
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title="Save the new signing secret" centered size="lg">
        {secret && (
          <Stack>
            <WebhookSecret secret={secret} />
            <Text size="sm">The old secret stopped working: deliveries from now on are signed with this one.</Text>
            <Group justify="flex-end">
              <Button onClick={() => setSecret(null)}>Done</Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        danger
        loading={loading}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      >
        <Text size="sm">Pending deliveries are dropped and its delivery log is deleted. This cannot be undone.</Text>
      </ConfirmDialog>
    </>
  );
}

export default WebhooksPage;
