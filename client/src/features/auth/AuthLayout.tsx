import type { ReactNode } from 'react';
import { Anchor, Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconActivityHeartbeat } from '@tabler/icons-react';

export function Brand({ size = 'md' }: { size?: 'sm' | 'md' }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size === 'sm' ? 26 : 32} radius="md" variant="filled">
        <IconActivityHeartbeat size={size === 'sm' ? 16 : 20} />
      </ThemeIcon>
      <Text fw={700} size={size === 'sm' ? 'md' : 'lg'}>
        orgpulse
      </Text>
    </Group>
  );
}

/** The centered card of the sign-in, sign-up and password pages. */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Box bg="var(--mantine-color-gray-light)" mih="100vh" px="md" component="main">
      <Center mih="100vh" py="xl">
        <Stack w="100%" maw={440} gap="lg">
          <Center>
            <Brand />
          </Center>
          <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
            <Stack gap="lg">
              <Stack gap={4}>
                <Title order={2} size="h3">
                  {title}
                </Title>
                {subtitle && (
                  <Text size="sm" c="dimmed">
                    {subtitle}
                  </Text>
                )}
              </Stack>
              {children}
            </Stack>
          </Paper>
          {footer && (
            <Text size="sm" ta="center" c="dimmed">
              {footer}
            </Text>
          )}
          <Text size="xs" ta="center" c="dimmed">
            Developers:{' '}
            <Anchor href="/graphiql" size="xs">
              GraphQL playground
            </Anchor>
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
