import { lazy, Suspense, useEffect } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Avatar, Burger, Button, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { can } from '@orgpulse/shared';
import { Brand } from '../features/auth/AuthLayout';
import { useSession, useViewer } from '../features/auth/session-context';
import { ROLE_LABELS } from '../features/common/roles';
import { OrganizationSwitcher } from '../features/organizations/OrganizationSwitcher';
import { NAV_ITEMS, PLAYGROUND_ITEM } from './nav';
import './layout.css';

/** Its own chunk: only an account whose email is not confirmed yet loads it. */
const EmailVerificationBanner = lazy(() =>
  import('../features/accounts/components/EmailVerificationBanner').then((m) => ({ default: m.EmailVerificationBanner })),
);

function Account() {
  const viewer = useViewer();
  const { role, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Stack gap="xs">
      <Group gap={8} wrap="nowrap">
        <Avatar size="sm" radius="xl" color="indigo" aria-hidden>
          {viewer.user.name.slice(0, 1).toUpperCase()}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate>
            {viewer.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {role ? ROLE_LABELS[role] : ''} · {viewer.user.email}
          </Text>
        </Stack>
      </Group>
      <Button
        variant="subtle"
        color="gray"
        size="xs"
        justify="flex-start"
        leftSection={<IconLogout size={16} />}
        onClick={() => void signOut().then(() => navigate('/sign-in', { replace: true }))}
      >
        Sign out
      </Button>
    </Stack>
  );
}

/** The console frame: navigation filtered by role, organization switcher, account. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { role } = useSession();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => !item.permission || can(role, item.permission));
  useEffect(close, [pathname, close]);

  const link = (item: { to: string; label: string; icon: React.ComponentType<{ size?: number }> }) => (
    <NavLink
      key={item.to}
      component={RouterNavLink}
      to={item.to}
      active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
      label={item.label}
      leftSection={<item.icon size={18} />}
      onClick={close}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );

  return (
    <div className="op-shell">
      <header className="op-header">
        <Group gap="sm" wrap="nowrap">
          <Burger
            className="op-burger"
            opened={opened}
            onClick={toggle}
            size="sm"
            aria-label={opened ? 'Close navigation' : 'Open navigation'}
            aria-controls="op-nav"
            aria-expanded={opened}
          />
          <Brand size="sm" />
        </Group>
        <Text size="sm" c="dimmed" truncate>
          {viewer.organization.name}
        </Text>
      </header>
      <nav id="op-nav" className="op-nav" data-open={opened} aria-label="Main navigation">
        <OrganizationSwitcher />
        <Divider />
        <Stack gap={2} style={{ flex: 1 }}>
          {items.map(link)}
        </Stack>
        {link(PLAYGROUND_ITEM)}
        <Divider />
        <Account />
      </nav>
      <main className="op-main">
        <Stack maw={1200} mx="auto" gap={0}>
          {!viewer.user.emailVerified && (
            <Suspense fallback={null}>
              <EmailVerificationBanner />
            </Suspense>
          )}
          <Outlet />
        </Stack>
      </main>
    </div>
  );
}
