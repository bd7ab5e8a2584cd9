import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, List, NativeSelect, Stack, Text } from '@mantine/core';
import { IconDoorExit } from '@tabler/icons-react';
import { errorMessage } from '../../../apollo/errors';
import { useSession, useViewer } from '../../auth/session-context';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { notifySuccess } from '../../common/notify';
import { useLeaveOrganization } from '../hooks/useLeaveOrganization';
import { FormError } from '../../common/FormError';

/**
 * A non-owner leaves the session's organization on their own. The owner cannot (the API
 * refuses): they are told to transfer ownership first. After leaving, the app continues
 * in another organization of the user's, or signs out when there is none.
 */
export function LeaveOrganizationSection() {
  const viewer = useViewer();
  const { role } = useSession();
  const navigate = useNavigate();
  const [leave, { leaving }] = useLeaveOrganization();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const organization = viewer.organization.name;
  const others = viewer.organizations.filter((org) => org.id !== viewer.organization.id);
  const [continueIn, setContinueIn] = useState<string | null>(others[0]?.id ?? null);
  const isOwner = role === 'OWNER';

  const close = () => {
    setError(null);
    setOpened(false);
  };

  const confirm = async () => {
    setError(null);
    try {
      const outcome = await leave(continueIn);
      if (outcome.kind === 'switched') {
        notifySuccess(`You are now in ${outcome.organizationName}.`, `You left ${organization}`);
        void navigate('/members', { replace: true });
      } else {
        notifySuccess(
          outcome.switchError
            ? `Your other organization did not open (${outcome.switchError}) Sign in again to continue.`
            : 'You were signed out. Your account stays: an organization can add you again.',
          `You left ${organization}`,
        );
        void navigate('/sign-in', { replace: true });
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (isOwner) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          You own {organization}, so you cannot leave it. Transfer ownership to another member first; you then become an administrator and
          can leave.
        </Text>
        <Button variant="light" color="red" leftSection={<IconDoorExit size={16} />} disabled>
          Leave organization
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">
        Stop being a member of {organization}.{' '}
        {others.length > 0 ? 'You stay in your other organizations.' : 'It is your only organization: you will be signed out.'}
      </Text>
      <Button variant="light" color="red" leftSection={<IconDoorExit size={16} />} onClick={() => setOpened(true)}>
        Leave organization
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Leave ${organization}?`}
        confirmLabel="Leave organization"
        danger
        loading={leaving}
        onConfirm={() => void confirm()}
        onClose={close}
      >
        <Text size="sm">Leaving {organization}:</Text>
        <List size="sm" spacing={4}>
          <List.Item>ends your access at once: your sessions in {organization} end and your API keys for it stop working;</List.Item>
          <List.Item>keeps your usage history, the resources you created and the audit trail with {organization};</List.Item>
          <List.Item>cannot be undone by you: an owner or administrator has to add you again.</List.Item>
        </List>
        {others.length > 1 ? (
          <NativeSelect
            label="Continue in"
            value={continueIn ?? ''}
            onChange={(event) => setContinueIn(event.currentTarget.value)}
            data={others.map((org) => ({ value: org.id, label: org.name }))}
          />
        ) : others.length === 1 ? (
          <Text size="sm" fw={500}>
            You will continue in {others[0].name}.
          </Text>
        ) : (
          <Text size="sm" fw={500}>
            {organization} is your only organization: you will be signed out. Your account stays.
          </Text>
        )}
        <FormError message={error} />
      </ConfirmDialog>
    </Stack>
  );
}
