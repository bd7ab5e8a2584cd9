import { useState } from 'react';
import { Alert, Button, Checkbox, Code, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../../../apollo/errors';
import { CopyableSecret } from '../../common/CopyableSecret';
import { FormActions } from '../../common/FormActions';
import type { WebhookEventType } from '../../../gql/graphql';
import { WEBHOOK_EVENTS } from '../events';
import { useCreateWebhookEndpoint } from '../hooks/useWebhookActions';

/** The signing secret, shown once (after creation or rotation). */
export function WebhookSecret({ secret }: { secret: string }) {
  return (
    <Stack>
      <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
        This is the only time the signing secret is shown. Store it with your receiver: if you lose it, rotate it.
      </Alert>
      <CopyableSecret value={secret} testId="webhook-secret" style={{ wordBreak: 'break-all' }} />
      <Text size="sm" c="dimmed">
        Verify each delivery with the Standard Webhooks headers <Code>webhook-id</Code>, <Code>webhook-timestamp</Code> and{' '}
        <Code>webhook-signature</Code>, e.g. with the <Code>standardwebhooks</Code> library.
      </Text>
    </Stack>
  );
}

export function CreateWebhookDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [create, { loading }] = useCreateWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setUrl('');
    setEvents([]);
    setSecret(null);
    setError(null);
    onClose();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return setError('Give the URL that receives the events, e.g. https://example.com/webhooks.');
    if (!events.length) return setError('Choose at least one event.');
    setError(null);
    try {
      setSecret((await create(url.trim(), events)).secret);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={secret ? 'Save the signing secret' : 'Add webhook endpoint'} centered size="lg">
      {secret ? (
        <Stack>
          <WebhookSecret secret={secret} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label="Endpoint URL"
              required
              placeholder="https://example.com/webhooks"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              data-autofocus
            />
            <Checkbox.Group label="Events" value={events} onChange={(v) => setEvents(v as WebhookEventType[])}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                {WEBHOOK_EVENTS.map((e) => (
                  <Checkbox key={e.value} value={e.value} label={e.label} description={e.wire} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            {error && (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            )}
            <FormActions submitLabel="Add endpoint" onCancel={close} loading={loading} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
