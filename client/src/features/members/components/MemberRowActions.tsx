import { ActionIcon, Group } from '@mantine/core';
import { IconMailForward, IconPencil, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { canReactivate, canRemove, canResendCredentials, canSuspend, type MemberActor } from '@orgpulse/shared';
import type { MemberRowFragment } from '../../../gql/graphql';
import { notifyError, notifySuccess } from '../../common/notify';
import { useReactivateMember } from '../hooks/useReactivateMember';
import { useResendCredentials } from '../hooks/useResendCredentials';
import { useSuspendMember } from '../hooks/useSuspendMember';

interface Props {
  /** The viewer, as the shared member policy sees them. */
  actor: MemberActor;
  member: MemberRowFragment;
  onEditRole: (member: MemberRowFragment) => void;
  onRemove: (member: MemberRowFragment) => void;
}

/**
 * The edit and trash icons (docs/PRODUCT.md §3), then resend credentials and suspend / reactivate: each shown when
 * the shared member policy allows it (the table offers the row's actions only to a viewer
 * who may manage this member).
 */
export function MemberRowActions({ actor, member, onEditRole, onRemove }: Props) {
  const [suspendMember] = useSuspendMember();
  const [reactivateMember] = useReactivateMember();
  const [resendCredentials] = useResendCredentials();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(done);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Edit role of ${member.name}`}
        title="Edit role"
        onClick={() => onEditRole(member)}
      >
        <IconPencil size={18} />
      </ActionIcon>
      {canRemove(actor, member) === null && (
        <ActionIcon variant="subtle" color="red" aria-label={`Remove ${member.name}`} title="Remove" onClick={() => onRemove(member)}>
          <IconTrash size={18} />
        </ActionIcon>
      )}
      {canResendCredentials(actor, member) === null && (
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Resend credentials to ${member.name}`}
          title="Resend credentials"
          onClick={() => run(() => resendCredentials(member.id), `Credentials email queued for ${member.name}.`)}
        >
          <IconMailForward size={18} />
        </ActionIcon>
      )}
      {canReactivate(actor, member) === null && (
        <ActionIcon
          variant="subtle"
          color="teal"
          aria-label={`Reactivate ${member.name}`}
          title="Reactivate"
          onClick={() => run(() => reactivateMember(member.id), `${member.name} has access again.`)}
        >
          <IconPlayerPlay size={18} />
        </ActionIcon>
      )}
      {canSuspend(actor, member) === null && (
        <ActionIcon
          variant="subtle"
          color="orange"
          aria-label={`Suspend ${member.name}`}
          title="Suspend"
          onClick={() => run(() => suspendMember(member.id), `${member.name} is suspended: access is paused.`)}
        >
          <IconPlayerPause size={18} />
        </ActionIcon>
      )}
    </Group>
  );
}
