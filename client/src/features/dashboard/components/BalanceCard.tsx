import { Link } from 'react-router';
import { Alert, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Permission } from '@orgpulse/shared';
import type { CreditBalanceFieldsFragment } from '../../../gql/graphql';
import { displayCredits, formatRelative } from '../../common/format';
import { Can } from '../../permissions/Can';

export function BalanceCard({ balance }: { balance: CreditBalanceFieldsFragment }) {
  return (
    <Card withBorder padding="md" h="100%">
      <Stack gap={6}>
        <Text size="sm" c="dimmed" fw={500}>
          Credit balance
        </Text>
        <Text fz={28} fw={700} ff="monospace" c={balance.isLow ? 'red' : undefined} data-testid="credit-balance">
          {displayCredits(balance.balance)}
        </Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            Updated {formatRelative(balance.updatedAt)}
            {balance.lowBalanceThreshold !== null && ` · warning below ${displayCredits(balance.lowBalanceThreshold)}`}
          </Text>
        </Group>
        {balance.isLow && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} p="xs" role="alert">
            <Text size="sm">
              Balance is low: API calls fail once it reaches zero.{' '}
              <Can permission={Permission.BillingManage} fallback="Ask an owner or administrator to add credits.">
                <Anchor component={Link} to="/credits" size="sm">
                  Add credits
                </Anchor>
              </Can>
            </Text>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

export function StatCard({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="md" h="100%">
      <Stack gap={6}>
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Text fz={28} fw={700} ff="monospace">
          {value}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
