import { useQuery } from '@apollo/client/react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { Permission } from '@orgpulse/shared';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useViewer } from '../auth/session-context';
import { formatDate } from '../common/format';
import { notifySuccess } from '../common/notify';
import { PageHeader } from '../common/PageHeader';
import { Can } from '../permissions/Can';
import { NameForm } from './components/NameForm';
import { TransferOwnershipForm } from './components/TransferOwnershipForm';
import { useRenameOrganization } from './hooks/useRenameOrganization';
import { useUpdateProfile } from './hooks/useUpdateProfile';
import { SettingsQuery } from './settings.graphql';

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

export function SettingsPage() {
  const viewer = useViewer();
  const { data } = useQuery(SettingsQuery);
  const [updateProfile] = useUpdateProfile();
  const [renameOrganization] = useRenameOrganization();
  const organization = data?.organization;

  return (
    <Stack gap="md">
      <PageHeader title="Settings" description="Your account, and the organization's settings for those who manage it." />
      <Section title="Profile" description={`Signed in as ${viewer.user.email}. Your name is yours to change; administrators only change roles.`}>
        <NameForm label="Your name" initial={viewer.user.name} save={updateProfile} saved="Your name is updated." />
      </Section>
      <Section title="Password" description="Changing it signs you out everywhere else.">
        <ChangePasswordForm onChanged={() => notifySuccess('Your password is changed. Other sessions were signed out.', 'Password changed')} />
      </Section>
      <Section
        title="Organization"
        description={
          organization
            ? `Created ${formatDate(organization.createdAt)} · ${organization.memberCount} members · owned by ${organization.owner.name}`
            : undefined
        }
      >
        <Can permission={Permission.OrganizationManage} fallback={<Text size="sm">{viewer.organization.name}</Text>}>
          <NameForm
            key={viewer.organization.name}
            label="Organization name"
            initial={viewer.organization.name}
            save={renameOrganization}
            saved="The organization is renamed."
          />
        </Can>
      </Section>
      <Can permission={Permission.OwnershipTransfer}>
        <Section title="Transfer ownership" description="Each organization has exactly one owner.">
          <TransferOwnershipForm viewerMemberId={viewer.member.id} />
        </Section>
      </Can>
    </Stack>
  );
}

export default SettingsPage;
