import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { List, Loader, Text } from '@mantine/core';
import { errorMessage } from '../../../apollo/errors';
import type { MemberRowFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { notifySuccess } from '../../common/notify';
import { useRemoveMember } from '../hooks/useRemoveMember';
import { FormError } from '../../common/FormError';
import { RemovalImpactQuery } from '../members.graphql';
import { removalImpactSentences, revokedSummary } from '../removal-impact';

interface Props {
  member: MemberRowFragment | null;
  onClose: () => void;
}

export function RemoveMemberDialog({ member, onClose }: Props) {
  const [removeMember, { loading }] = useRemoveMember();
  const [error, setError] = useState<string | null>(null);
  // the figures are read when the dialog opens, fresh (a session may have started meanwhile)
  const impactQuery = useQuery(RemovalImpactQuery, {
    variables: { id: member?.id ?? '' },
    skip: !member,
    fetchPolicy: 'network-only',
  });
  const impact = impactQuery.data?.member?.removalImpact ?? null;

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!member) return;
    setError(null);
    try {
      const result = await removeMember(member.id);
      notifySuccess(revokedSummary(member.name, result.data?.removeMember.removalImpact), 'Member removed');
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
      <Text size="sm">Removing {member?.name ?? 'this member'} ends their access to the organization at once and deletes nothing.</Text>
      {impactQuery.loading && <Loader size="xs" aria-label="Reading what removal does" />}
      {impact && (
        <List size="sm" spacing={4} aria-label="What removal does">
          {removalImpactSentences(impact).map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
      {!impactQuery.loading && !impact && (
        <List size="sm" spacing={4}>
          <List.Item>their sessions and API keys stop working;</List.Item>
          <List.Item>their usage history, the resources they created and the audit trail stay with the organization.</List.Item>
        </List>
      )}
      <Text size="sm" c="dimmed">
        To pause access instead, suspend the member: they can be reactivated later.
      </Text>
      <FormError message={error} />
    </ConfirmDialog>
  );
}
