import type { ReactNode } from 'react';
import { ActionIcon, Group } from '@mantine/core';
import { IconMailForward, IconPencil, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import {
  canManageMember,
  canReactivate,
  canRemove,
  canResendCredentials,
  canSuspend,
  type MemberActor,
  type PolicyRefusal,
} from '@orgpulse/shared';
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

interface ActionProps {
  label: string;
  title: string;
  color: string;
  icon: ReactNode;
  /** Why the viewer may not use it (the shared member policy's own sentence), or null. */
  refusal: PolicyRefusal | null;
  onClick: () => void;
}

/**
 * An action the viewer may not use stays in view, disabled, with the policy's reason as its
 * tooltip ("Unable to Edit/Remove Member": the app says why rather than hiding it). The
 * native title tooltip keeps the floating-ui code out of the members route; aria-disabled
 * rather than disabled, so the button still gets hover and focus to show it.
 */
function RowAction({ label, title, color, icon, refusal, onClick }: ActionProps) {
  const reason = refusal?.message;
  return (
    <ActionIcon
      variant="subtle"
      color={reason ? 'gray' : color}
      aria-label={label}
      title={reason ?? title}
      aria-disabled={reason ? true : undefined}
      data-disabled={reason ? true : undefined}
      data-refusal={reason}
      onClick={reason ? undefined : onClick}
    >
      {icon}
    </ActionIcon>
  );
}

/**
 * The edit and trash icons (docs/PRODUCT.md §3), then resend credentials and suspend /
 * reactivate. Edit and remove are always shown: disabled, with the shared member policy's
 * reason, when the viewer may not use them. Resend shows only where it applies; suspend or
 * reactivate by the member's status.
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
      <RowAction
        label={`Edit role of ${member.name}`}
        title="Edit role"
        color="gray"
        icon={<IconPencil size={18} />}
        refusal={canManageMember(actor, member)}
        onClick={() => onEditRole(member)}
      />
      <RowAction
        label={`Remove ${member.name}`}
        title="Remove"
        color="red"
        icon={<IconTrash size={18} />}
        refusal={canRemove(actor, member)}
        onClick={() => onRemove(member)}
      />
      {canResendCredentials(actor, member) === null && (
        <RowAction
          label={`Resend credentials to ${member.name}`}
          title="Resend credentials"
          color="gray"
          icon={<IconMailForward size={18} />}
          refusal={null}
          onClick={() => run(() => resendCredentials(member.id), `Credentials email queued for ${member.name}.`)}
        />
      )}
      {member.status === 'SUSPENDED' && (
        <RowAction
          label={`Reactivate ${member.name}`}
          title="Reactivate"
          color="teal"
          icon={<IconPlayerPlay size={18} />}
          refusal={canReactivate(actor, member)}
          onClick={() => run(() => reactivateMember(member.id), `${member.name} has access again.`)}
        />
      )}
      {member.status === 'ACTIVE' && (
        <RowAction
          label={`Suspend ${member.name}`}
          title="Suspend"
          color="orange"
          icon={<IconPlayerPause size={18} />}
          refusal={canSuspend(actor, member)}
          onClick={() => run(() => suspendMember(member.id), `${member.name} is suspended: access is paused.`)}
        />
      )}
    </Group>
  );
}
