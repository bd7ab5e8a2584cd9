import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, List, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { canSuspend, type MemberActor } from '@orgpulse/shared';
import { errorMessage } from '../../../apollo/errors';
import type { ReviewMemberFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { formatDate } from '../../common/format';
import { FormError } from '../../common/FormError';
import { notifySuccess } from '../../common/notify';
import { LoadingState } from '../../common/QueryState';
import { useRevokeApiKeys } from '../hooks/useRevokeApiKeys';
import { useSuspendMembers } from '../hooks/useSuspendMembers';
import { AccessReviewQuery } from '../review.graphql';
import { activityDetail, KeySection, MemberSection, type ReviewKey } from './ReviewSections';

const WINDOWS = ['30', '60', '90'];

type Pending = { kind: 'suspend'; members: ReviewMemberFragment[] } | { kind: 'revoke'; keys: ReviewKey[] } | null;

const names = (list: Array<{ name: string }>) => list.map((x) => x.name).join(', ');

function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, checked: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  return { selected, toggle, clear: () => setSelected(new Set()) };
}

/**
 * The seed's "Regularly Review Membership" (OWNER/ADMIN): members with no activity in 30, 60
 * or 90 days, temporary passwords never changed, admins without a second factor and unused
 * API keys. Each row suspends or revokes in one click after a confirmation; the checked rows
 * go together in one request (all or nothing). Loaded lazily by the Members page.
 */
export function AccessReviewPanel({ actor }: { actor: MemberActor }) {
  const [days, setDays] = useState('30');
  const { data, error, refetch } = useQuery(AccessReviewQuery, {
    variables: { inactiveDays: Number(days) },
    fetchPolicy: 'cache-and-network',
  });
  const members = useSelection();
  const keys = useSelection();
  const [pending, setPending] = useState<Pending>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [suspendMembers, suspending] = useSuspendMembers();
  const [revokeApiKeys, revoking] = useRevokeApiKeys();
  const review = data?.accessReview;

  // every member the review lists, once (someone can be inactive and still on a temporary password)
  const byId = useMemo(() => {
    const all = new Map<string, ReviewMemberFragment>();
    for (const m of [
      ...(review?.inactiveMembers ?? []),
      ...(review?.temporaryPasswordNotChanged ?? []),
      ...(review?.adminsWithoutMfa ?? []),
    ]) {
      all.set(m.id, m);
    }
    return all;
  }, [review]);
  const chosenMembers = [...members.selected]
    .map((id) => byId.get(id))
    .filter((m): m is ReviewMemberFragment => !!m && !canSuspend(actor, m));
  const chosenKeys = (review?.unusedApiKeys ?? []).filter((k) => keys.selected.has(k.id));

  const close = () => {
    setPending(null);
    setFailure(null);
  };

  const confirm = async () => {
    if (!pending) return;
    setFailure(null);
    try {
      if (pending.kind === 'suspend') {
        await suspendMembers(pending.members.map((m) => m.id));
        notifySuccess(
          pending.members.length === 1
            ? `${pending.members[0].name} is suspended: access is paused.`
            : `${pending.members.length} members are suspended: ${names(pending.members)}.`,
          'Access paused',
        );
        members.clear();
      } else {
        await revokeApiKeys(pending.keys.map((k) => k.id));
        notifySuccess(
          pending.keys.length === 1 ? `The key ${pending.keys[0].name} is revoked.` : `${pending.keys.length} API keys are revoked.`,
          'Keys revoked',
        );
        keys.clear();
      }
      setPending(null);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  const suspendRow = (m: ReviewMemberFragment) => setPending({ kind: 'suspend', members: [m] });
  const sectionProps = { actor, selected: members.selected, onToggle: members.toggle, onSuspend: suspendRow };

  return (
    <Card withBorder padding="md" mt="md" component="section" aria-labelledby="access-review-title">
      <Stack>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id="access-review-title">
              Access review
            </Title>
            <Text size="sm" c="dimmed">
              Who may no longer need access. Suspending pauses access at once; a suspended member can be reactivated.
            </Text>
          </Stack>
          <SegmentedControl
            aria-label="No activity for"
            value={days}
            onChange={setDays}
            data={WINDOWS.map((d) => ({ value: d, label: `${d} days` }))}
          />
        </Group>
        {error && !review ? (
          <Group gap="xs">
            <FormError message={`The access review could not load: ${errorMessage(error)}`} />
            <Button size="compact-sm" variant="light" onClick={() => void refetch()}>
              Reload the review
            </Button>
          </Group>
        ) : !review ? (
          <LoadingState label="Reading the access review…" />
        ) : (
          <>
            <MemberSection
              title={`No activity in ${review.inactiveDays} days`}
              detail={activityDetail}
              members={review.inactiveMembers}
              {...sectionProps}
            />
            <MemberSection
              title="Temporary password never changed"
              detail={(m) => `added ${formatDate(m.joinedAt)}`}
              members={review.temporaryPasswordNotChanged}
              {...sectionProps}
            />
            <MemberSection
              title="Admins without a second factor"
              detail={() => 'no two-factor sign-in'}
              members={review.adminsWithoutMfa}
              {...sectionProps}
            />
            <KeySection
              title={`API keys unused for ${review.inactiveDays} days`}
              keys={review.unusedApiKeys}
              selected={keys.selected}
              onToggle={keys.toggle}
              onRevoke={(k) => setPending({ kind: 'revoke', keys: [k] })}
            />
            <Group gap="xs" wrap="wrap">
              <Button
                color="orange"
                disabled={chosenMembers.length === 0}
                onClick={() => setPending({ kind: 'suspend', members: chosenMembers })}
              >
                Suspend selected ({chosenMembers.length})
              </Button>
              <Button
                color="red"
                variant="light"
                disabled={chosenKeys.length === 0}
                onClick={() => setPending({ kind: 'revoke', keys: chosenKeys })}
              >
                Revoke selected keys ({chosenKeys.length})
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={pending !== null}
        title={confirmTitle(pending)}
        confirmLabel={pending?.kind === 'revoke' ? 'Revoke' : 'Suspend'}
        danger
        loading={suspending.loading || revoking.loading}
        onConfirm={() => void confirm()}
        onClose={close}
      >
        {pending?.kind === 'suspend' && (
          <>
            <Text size="sm">Their sessions and API keys stop working now. Nothing is deleted, and you can reactivate them later.</Text>
            {pending.members.length > 1 && (
              <List size="sm" aria-label="Members to suspend">
                {pending.members.map((m) => (
                  <List.Item key={m.id}>{m.name}</List.Item>
                ))}
              </List>
            )}
          </>
        )}
        {pending?.kind === 'revoke' && (
          <Text size="sm">
            Programs using {pending.keys.length === 1 ? 'this key' : 'these keys'} are refused from now on. This cannot be undone.
          </Text>
        )}
        <FormError message={failure} />
      </ConfirmDialog>
    </Card>
  );
}

function confirmTitle(p: Pending): string {
  if (!p) return 'Confirm';
  if (p.kind === 'suspend') return p.members.length === 1 ? `Suspend ${p.members[0].name}?` : `Suspend ${p.members.length} members?`;
  return p.keys.length === 1 ? `Revoke the key ${p.keys[0].name}?` : `Revoke ${p.keys.length} API keys?`;
}
