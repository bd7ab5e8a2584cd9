import { Link } from 'react-router';
import { Alert, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { parseCredits, Permission } from '@orgpulse/shared';
import type { CreditBalanceFieldsFragment, MemberAllowanceFieldsFragment } from '../../../gql/graphql';
import { displayCredits, formatRelative } from '../../common/format';
import { Can } from '../../permissions/Can';
import { runwayText } from '../runway';

function isZero(amount: string): boolean {
  try {
    return parseCredits(amount) <= 0n;
  } catch {
    return false;
  }
}

interface BalanceCardProps {
  balance: CreditBalanceFieldsFragment;
  /** The viewer's own monthly spending limit, if they have one. */
  allowance?: MemberAllowanceFieldsFragment | null;
}

export function BalanceCard({ balance, allowance }: BalanceCardProps) {
  const runway = runwayText(balance.runway);
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
        {runway && balance.runway && (
          <Text
            size="sm"
            c={balance.isLow ? 'orange' : 'dimmed'}
            fw={balance.isLow ? 600 : undefined}
            data-testid="credit-runway"
            data-tone={balance.isLow ? 'warning' : 'normal'}
            title={`Average ${displayCredits(balance.runway.burnPerDay)} credits a day`}
          >
            The balance {runway}.
          </Text>
        )}
        {allowance && (
          <Text size="xs" c={isZero(allowance.remaining) ? 'red' : 'dimmed'} data-testid="own-allowance">
            Your monthly limit: {displayCredits(allowance.monthlyLimit)}, remaining {displayCredits(allowance.remaining)}
          </Text>
        )}
        {allowance && isZero(allowance.remaining) && (
          <Text size="xs" c="red">
            Your monthly spending limit is used up: your calls are refused until next month.
          </Text>
        )}
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
