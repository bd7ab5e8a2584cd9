import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceMobile, IconLogout, IconTerminal2 } from '@tabler/icons-react';
import type { SessionsQuery as SessionsQueryResult } from '../../../gql/graphql';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { formatDateTime, formatRelative } from '../../common/format';
import { notifyError, notifySuccess } from '../../common/notify';
import { EmptyState, ErrorState, LoadingState } from '../../common/QueryState';
import { useRevokeOtherSessions } from '../hooks/useRevokeOtherSessions';
import { useRevokeSession } from '../hooks/useRevokeSession';
import { SessionsQuery } from '../sessions.graphql';
import { describeUserAgent } from '../user-agent';
import './sessions.css';

type SessionRow = SessionsQueryResult['sessions'][number];

function SessionItem({ session, onRevoke, revoking }: { session: SessionRow; onRevoke: () => void; revoking: boolean }) {
  const device = describeUserAgent(session.userAgent);
  const Icon = device.program ? IconTerminal2 : device.mobile ? IconDeviceMobile : IconDeviceDesktop;
  return (
    <li className="op-session" data-testid={`session-${session.id}`} aria-current={session.current || undefined}>
      <ThemeIcon variant="light" color={session.current ? 'indigo' : 'gray'} size="lg" radius="md" aria-hidden>
        <Icon size={20} />
      </ThemeIcon>
      <Stack gap={2} className="op-session-text">
        <Group gap={8} wrap="wrap">
          <Text size="sm" fw={600} title={session.userAgent ?? undefined}>
            {device.label}
          </Text>
          {session.current && (
            <Badge size="sm" variant="light" color="indigo">
              This device
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {session.organization.name}
        </Text>
        <Text size="xs" c="dimmed">
          Signed in <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
          {' · '}
          {session.lastRefreshedAt ? (
            <>
              last refreshed{' '}
              <time dateTime={session.lastRefreshedAt} title={formatDateTime(session.lastRefreshedAt)}>
                {formatRelative(session.lastRefreshedAt)}
              </time>
            </>
          ) : (
            'not refreshed yet'
          )}
        </Text>
      </Stack>
      {!session.current && (
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconLogout size={14} />}
          loading={revoking}
          onClick={onRevoke}
          aria-label={`Sign out ${device.label} in ${session.organization.name}, signed in ${formatDateTime(session.createdAt)}`}
        >
          Sign out
        </Button>
      )}
    </li>
  );
}

/**
 * Your signed-in sessions in every organization: which device, where, since when. Sign one
 * out, or every one but this device (this one signs out from the navigation).
 */
export function SessionsList() {
  const { data, error, refetch } = useQuery(SessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [revokeSession] = useRevokeSession();
  const [revokeOtherSessions, { loading: revokingOthers }] = useRevokeOtherSessions();
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading your sessions…" />;

  // This device first, then the most recently used.
  const sessions = [...data.sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || (b.lastRefreshedAt ?? b.createdAt).localeCompare(a.lastRefreshedAt ?? a.createdAt),
  );
  const others = sessions.filter((s) => !s.current).length;

  const revoke = async (session: SessionRow) => {
    setRevokingId(session.id);
    try {
      await revokeSession(session.id);
      notifySuccess(`${describeUserAgent(session.userAgent).label} in ${session.organization.name} is signed out.`, 'Session ended');
    } catch (e) {
      notifyError(e, 'Could not sign that session out');
    } finally {
      setRevokingId(null);
    }
  };

  const revokeOthers = async () => {
    try {
      const ended = await revokeOtherSessions();
      setConfirming(false);
      notifySuccess(
        ended === 1 ? 'One other session is signed out.' : `${ended} other sessions are signed out.`,
        'Signed out everywhere else',
      );
    } catch (e) {
      setConfirming(false);
      notifyError(e, 'Could not sign the other sessions out');
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed">
          {sessions.length === 1
            ? 'You are signed in on this device only.'
            : `${sessions.length} active sessions, across your organizations.`}
        </Text>
        <Button variant="default" size="xs" disabled={others === 0} onClick={() => setConfirming(true)}>
          Sign out other sessions
        </Button>
      </Group>
      {sessions.length === 0 ? (
        <EmptyState title="No active sessions" />
      ) : (
        <ul className="op-sessions" aria-label="Signed-in sessions">
          {sessions.map((session) => (
            <SessionItem key={session.id} session={session} revoking={revokingId === session.id} onRevoke={() => void revoke(session)} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        opened={confirming}
        title="Sign out your other sessions?"
        confirmLabel={others === 1 ? 'Sign out 1 session' : `Sign out ${others} sessions`}
        danger
        loading={revokingOthers}
        onConfirm={() => void revokeOthers()}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">
          Every other browser and device where you are signed in, in every organization, is signed out at once. This device stays signed in.
        </Text>
        <Text size="sm" c="dimmed">
          API keys keep working: revoke them on the API keys page.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
