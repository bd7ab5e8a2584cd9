import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../../../apollo/errors';
import { CopyableSecret } from '../../common/CopyableSecret';
import { useCreateApiKey } from '../hooks/useCreateApiKey';
import { FormActions } from '../../common/FormActions';

export function CreateApiKeyDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [createApiKey, { loading }] = useCreateApiKey();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setName('');
    setSecret(null);
    setError(null);
    onClose();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Name the key after where it will be used, e.g. "production backend".');
      return;
    }
    setError(null);
    try {
      const created = await createApiKey(name.trim());
      setSecret(created.secret);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={secret ? 'Save your secret key' : 'Create API key'} centered size="lg">
      {secret ? (
        <Stack>
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
            This is the only time the secret is shown. Store it somewhere safe: if you lose it, create a new key.
          </Alert>
          <CopyableSecret value={secret} testId="api-key-secret" style={{ wordBreak: 'break-all' }} />
          <Text size="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer &lt;secret&gt;</Code>. The key acts as you, with your role.
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label="Key name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error}
              data-autofocus
            />
            <FormActions submitLabel="Create key" onCancel={close} loading={loading} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
