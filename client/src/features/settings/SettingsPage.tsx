import { useQuery } from '@apollo/client/react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Card, Stack, Tabs, Text, Title } from '@mantine/core';
import { Permission } from '@orgpulse/shared';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useViewer } from '../auth/session-context';
import { formatDate } from '../common/format';
import { notifySuccess } from '../common/notify';
import { PageHeader } from '../common/PageHeader';
import { LeaveOrganizationSection } from '../organizations/components/LeaveOrganizationSection';
import { Can } from '../permissions/Can';
import { SessionsList } from '../sessions/components/SessionsList';
import { NameForm } from './components/NameForm';
import { RequireMfaSwitch } from './components/RequireMfaSwitch';
import { TransferOwnershipForm } from './components/TransferOwnershipForm';
import { WeeklyReviewSwitch } from './components/WeeklyReviewSwitch';
import { TwoFactorSection } from '../accounts/components/TwoFactorSection';
import { useRenameOrganization } from './hooks/useRenameOrganization';
import { useUpdateProfile } from './hooks/useUpdateProfile';
import { SettingsQuery } from './settings.graphql';

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <Card withBorder p={{ base: 'md', sm: 'lg' }}>
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

const SECTIONS = [
  { value: 'profile', label: 'Profile', path: '/settings' },
  { value: 'security', label: 'Security', path: '/settings/security' },
  { value: 'organization', label: 'Organization', path: '/settings/organization' },
] as const;
type SectionName = (typeof SECTIONS)[number]['value'];

/** Settings in three tabs, each with its own address: /settings, /settings/security, /settings/organization. */
function SettingsPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { section: param } = useParams();
  const current = SECTIONS.find((s) => s.value === param) ?? SECTIONS[0];
  const { data } = useQuery(SettingsQuery, { skip: current.value !== 'organization' });
  const [updateProfile] = useUpdateProfile();
  const [renameOrganization] = useRenameOrganization();
  const organization = data?.organization;

  if (param && param !== current.value) return <Navigate to="/settings" replace />;

  return (
    <Stack gap="md">
      <PageHeader title="Settings" description="Your account and sessions, and the organization's settings for those who manage it." />
      <Tabs
        value={current.value}
        onChange={(value) => navigate(SECTIONS.find((s) => s.value === value)?.path ?? '/settings')}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {SECTIONS.map((s) => (
            <Tabs.Tab key={s.value} value={s.value}>
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={'profile' satisfies SectionName}>
          <Stack gap="md">
            <Section
              title="Profile"
              description={`Signed in as ${viewer.user.email}. Your name is yours to change; administrators only change roles.`}
            >
              <NameForm label="Your name" initial={viewer.user.name} save={updateProfile} saved="Your name is updated." />
            </Section>
            <Section title="Password" description="Changing it signs you out everywhere else.">
              <ChangePasswordForm
                onChanged={() => notifySuccess('Your password is changed. Other sessions were signed out.', 'Password changed')}
              />
            </Section>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value={'security' satisfies SectionName}>
          <Stack gap="md">
            <Section
              title="Two-factor sign-in"
              description="A code from an authenticator app on your phone, asked for after your password. Recovery codes get you in if you lose the phone."
            >
              <TwoFactorSection />
            </Section>
            <Section
              title="Sessions"
              description="Where you are signed in. Sign out a device you no longer use or do not recognise; changing your password signs out every other session too."
            >
              <SessionsList />
            </Section>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value={'organization' satisfies SectionName}>
          <Stack gap="md">
            <Section
              title="Organization"
              description={
                organization
                  ? `Created ${formatDate(organization.createdAt)} · ${organization.memberCount} ${organization.memberCount === 1 ? 'member' : 'members'} · owned by ${organization.owner.name}`
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
            <Can permission={Permission.OrganizationManage}>
              <Section title="Security" description="Rules every member of the organization follows.">
                <RequireMfaSwitch requireMfa={organization?.requireMfa} />
                <WeeklyReviewSwitch enabled={organization?.weeklyAccessReviewEmail} />
              </Section>
            </Can>
            <Can permission={Permission.OwnershipTransfer}>
              <Section title="Transfer ownership" description="Each organization has exactly one owner.">
                <TransferOwnershipForm viewerMemberId={viewer.member.id} />
              </Section>
            </Can>
            <Section title="Leave organization">
              <LeaveOrganizationSection />
            </Section>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export default SettingsPage;
