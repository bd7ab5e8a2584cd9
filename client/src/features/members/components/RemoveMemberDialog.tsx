import { useState } from 'react';
import { List, Text } from '@mantine/core';
import { errorMessage } from '../../../apollo/errors';
import type { MemberRowFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { notifySuccess } from '../../common/notify';
import { useRemoveMember } from '../hooks/useRemoveMember';
import { FormError } from '../../common/FormError';

interface Props {
  member: MemberRowFragment | null;
  onClose: () => void;
}

export function RemoveMemberDialog({ member, onClose }: Props) {
  const [removeMember, { loading }] = useRemoveMember();
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!member) return;
    setError(null);
    try {
      await removeMember(member.id);
      notifySuccess(`${member.name} no longer has access to the organization.`, 'Member removed');
      close();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <ConfirmDialog
      opened={member !== null}
      title={member ? `Remove ${member.name}?` : 'Remove member?'}
      confirmLabel="Remove member"
      danger
      loading={loading}
      onConfirm={confirm}
      onClose={close}
    >
      <Text size="sm">Removing {member?.name ?? 'this member'} from the organization:</Text>
      <List size="sm" spacing={4}>
        <List.Item>ends their access at once: their sessions and API keys stop working;</List.Item>
        <List.Item>keeps their usage history, the resources they created and the audit trail with the organization.</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        To pause access instead, suspend the member: they can be reactivated later.
      </Text>
      <FormError message={error} />
    </ConfirmDialog>
  );
}
