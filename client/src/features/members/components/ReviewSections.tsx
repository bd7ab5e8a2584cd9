import { Badge, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { canSuspend, type MemberActor } from '@orgpulse/shared';
import type { AccessReviewQuery, ReviewMemberFragment } from '../../../gql/graphql';
import { formatDate, formatRelative } from '../../common/format';

export type ReviewKey = AccessReviewQuery['accessReview']['unusedApiKeys'][number];

const roleName = (role: string) => role.charAt(0) + role.slice(1).toLowerCase();

function SectionTitle({ title, count }: { title: string; count: number }) {
  return (
    <Group gap="xs">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Badge size="sm" variant="light" color={count ? 'orange' : 'gray'}>
        {count}
      </Badge>
    </Group>
  );
}

interface MemberSectionProps {
  title: string;
  /** What to say under each member's name. */
  detail: (m: ReviewMemberFragment) => string;
  members: ReviewMemberFragment[];
  actor: MemberActor;
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onSuspend: (m: ReviewMemberFragment) => void;
}

/**
 * One list of the review: each member with a checkbox and a Suspend button. A member the
 * viewer may not suspend (the owner, themselves) keeps the row, disabled, with the shared
 * policy's reason as its tooltip.
 */
export function MemberSection({ title, detail, members, actor, selected, onToggle, onSuspend }: MemberSectionProps) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <SectionTitle title={title} count={members.length} />
      {members.length === 0 && (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      )}
      {members.map((m) => {
        const reason = canSuspend(actor, m)?.message;
        return (
          <Paper key={m.id} withBorder p="xs" radius="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Checkbox
                  aria-label={`Select ${m.name}`}
                  checked={selected.has(m.id)}
                  disabled={!!reason}
                  title={reason}
                  onChange={(e) => onToggle(m.id, e.currentTarget.checked)}
                />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {m.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {roleName(m.role)}
                    </Text>
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {m.email ? `${m.email} · ` : ''}
                    {detail(m)}
                  </Text>
                </Stack>
              </Group>
              <Button
                size="compact-sm"
                variant="light"
                color={reason ? 'gray' : 'orange'}
                aria-label={`Suspend ${m.name}`}
                title={reason}
                aria-disabled={reason ? true : undefined}
                data-disabled={reason ? true : undefined}
                onClick={reason ? undefined : () => onSuspend(m)}
              >
                Suspend
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

export const activityDetail = (m: ReviewMemberFragment) =>
  m.lastActiveAt ? `last active ${formatRelative(m.lastActiveAt)}` : `never active (joined ${formatDate(m.joinedAt)})`;

interface KeySectionProps {
  title: string;
  keys: ReviewKey[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onRevoke: (k: ReviewKey) => void;
}

export function KeySection({ title, keys, selected, onToggle, onRevoke }: KeySectionProps) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <SectionTitle title={title} count={keys.length} />
      {keys.length === 0 && (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      )}
      {keys.map((k) => (
        <Paper key={k.id} withBorder p="xs" radius="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 220px' }}>
              <Checkbox
                aria-label={`Select key ${k.name}`}
                checked={selected.has(k.id)}
                onChange={(e) => onToggle(k.id, e.currentTarget.checked)}
              />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {k.name}{' '}
                  <Text span size="xs" ff="monospace" c="dimmed">
                    {k.prefix}…
                  </Text>
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {k.member.name} ·{' '}
                  {k.lastUsedAt ? `last used ${formatRelative(k.lastUsedAt)}` : `never used (created ${formatDate(k.createdAt)})`}
                </Text>
              </Stack>
            </Group>
            <Button size="compact-sm" variant="light" color="red" aria-label={`Revoke key ${k.name}`} onClick={() => onRevoke(k)}>
              Revoke
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
