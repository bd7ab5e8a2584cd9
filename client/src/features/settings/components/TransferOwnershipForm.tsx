import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../../../apollo/errors';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { notifySuccess } from '../../common/notify';
import { useTransferOwnership } from '../hooks/useTransferOwnership';
import { TransferCandidatesQuery } from '../settings.graphql';
import { FormError } from '../../common/FormError';

/** Owner only: hand the organization to an active member, re-entering the password. */
export function TransferOwnershipForm({ viewerMemberId }: { viewerMemberId: string }) {
  const { data } = useQuery(TransferCandidatesQuery);
  const [transferOwnership, { loading }] = useTransferOwnership();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const candidates = (data?.members.nodes ?? []).filter((m) => m.id !== viewerMemberId && m.role !== 'OWNER' && m.role !== 'GUEST');
  const chosen = candidates.find((m) => m.id === memberId);

  const transfer = async () => {
    if (!memberId) return;
    setError(null);
    try {
      await transferOwnership(memberId, password);
      setConfirming(false);
      setPassword('');
      notifySuccess(`${chosen?.name ?? 'The member'} now owns the organization. You are an administrator.`, 'Ownership transferred');
    } catch (e) {
      setConfirming(false);
      setError(errorMessage(e));
    }
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The new owner gets every permission; you become an administrator. Only the owner can undo this, by transferring it back.
      </Text>
      <Select
        label="New owner"
        placeholder={candidates.length ? 'Choose an active member' : 'No eligible member yet'}
        data={candidates.map((m) => ({ value: m.id, label: m.email ? `${m.name} (${m.email})` : m.name }))}
        value={memberId}
        onChange={setMemberId}
        searchable
        nothingFoundMessage="No active member matches"
      />
      <PasswordInput
        label="Your current password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <FormError message={error} />
      <Group justify="flex-end">
        <Button color="red" variant="light" disabled={!memberId || !password} onClick={() => setConfirming(true)}>
          Transfer ownership
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title="Transfer ownership?"
        confirmLabel="Transfer ownership"
        danger
        loading={loading}
        onConfirm={transfer}
        onClose={() => setConfirming(false)}
      >
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>
          {chosen?.name ?? 'The member'} becomes the owner. You become an administrator and can no longer transfer ownership.
        </Alert>
      </ConfirmDialog>
    </Stack>
  );
}
