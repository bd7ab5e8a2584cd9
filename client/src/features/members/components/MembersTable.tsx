import { ActionIcon, Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import { canManageMember, Permission } from '@orgpulse/shared';
import type { MemberRowFragment } from '../../../gql/graphql';
import { formatDate, formatRelative } from '../../common/format';
import { useSession } from '../../auth/session-context';
import { useCan } from '../../permissions/Can';
import { AllowanceIndicator } from './AllowanceIndicator';
import { EmailStatusBadge, MfaBadge, RoleBadge, StatusBadge, TemporaryPasswordExpiry } from './MemberBadges';
import { MemberRowActions } from './MemberRowActions';
import { TableScroll } from '../../common/TableScroll';
import { Table } from '../../common/DataTable';

interface Props {
  members: MemberRowFragment[];
  viewerMemberId: string;
  onEditRole: (member: MemberRowFragment) => void;
  onRemove: (member: MemberRowFragment) => void;
  /** Opens the spending-limit dialog; only offered to roles that manage billing. */
  onSetAllowance?: (member: MemberRowFragment) => void;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** An address that may wrap before its "@" (never inside a word) when the column is narrow. */
function breakableEmail(email: string) {
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}

/**
 * One row per member. Management actions follow the shared member policy (the server's own
 * rules): only for roles that may manage members, never on the owner's row (the owner
 * cannot be edited or removed) nor on removed members; and never on the viewer's own row. The spending limit is billing, not membership: it applies to every
 * active or suspended member, the owner and the viewer included.
 */
export function MembersTable({ members, viewerMemberId, onEditRole, onRemove, onSetAllowance }: Props) {
  const { role } = useSession();
  const actor = role ? { membershipId: viewerMemberId, role } : null;
  const canManage = useCan(Permission.MembersManage);
  const canSeePrivate = useCan(Permission.MembersReadPrivate);
  const canSetAllowance = useCan(Permission.BillingManage) && onSetAllowance !== undefined;
  const hasActions = canManage || canSetAllowance;

  return (
    <TableScroll minWidth={canManage ? 860 : 560} stack>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            {canManage && <Table.Th>Email</Table.Th>}
            {canSeePrivate && <Table.Th>Last active</Table.Th>}
            {hasActions && <Table.ActionsTh />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => {
            const isSelf = member.id === viewerMemberId;
            const manageable = actor !== null && !isSelf && canManageMember(actor, member) === null;
            const limitable = canSetAllowance && member.status !== 'REMOVED';
            return (
              <Table.Tr key={member.id} data-testid={`member-row-${member.id}`}>
                {/* the only cell that wraps, so the actions stay in view when space is short */}
                <Table.Td cell="primary" style={{ whiteSpace: 'normal', minWidth: 270 }}>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar radius="xl" size="md" color="indigo" aria-hidden>
                      {initials(member.name)}
                    </Avatar>
                    <Stack gap={0}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {member.name}
                        </Text>
                        {isSelf && (
                          <Badge size="xs" variant="light" color="gray">
                            You
                          </Badge>
                        )}
                      </Group>
                      {member.email && (
                        <Text size="xs" c="dimmed">
                          {breakableEmail(member.email)}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        Joined {formatDate(member.joinedAt)}
                        {canSeePrivate && member.invitedBy && ` · added by ${member.invitedBy.name}`}
                      </Text>
                      {member.allowance && <AllowanceIndicator allowance={member.allowance} name={member.name} />}
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={member.role} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <StatusBadge status={member.status} />
                    {canManage && <MfaBadge enabled={member.mfaEnabled} />}
                  </Group>
                </Table.Td>
                {canManage && (
                  <Table.Td label="Email">
                    <Stack gap={2}>
                      <EmailStatusBadge status={member.emailStatus} error={member.emailError} />
                      <TemporaryPasswordExpiry expiresAt={member.temporaryPasswordExpiresAt} />
                    </Stack>
                  </Table.Td>
                )}
                {canSeePrivate && (
                  <Table.Td label="Last active">
                    <Text size="sm" c="dimmed" span>
                      {member.lastActiveAt ? formatRelative(member.lastActiveAt) : 'Never'}
                    </Text>
                  </Table.Td>
                )}
                {hasActions && (
                  <Table.Td cell="actions">
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {manageable && actor && (
                        <MemberRowActions actor={actor} member={member} onEditRole={onEditRole} onRemove={onRemove} />
                      )}
                      {limitable && (
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Set spending limit of ${member.name}`}
                          title="Monthly spending limit"
                          onClick={() => onSetAllowance?.(member)}
                        >
                          <IconCoins size={18} />
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
