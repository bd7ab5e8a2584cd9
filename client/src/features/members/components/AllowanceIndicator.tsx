import { Progress, Stack, Text } from '@mantine/core';
import { parseCredits } from '@orgpulse/shared';
import type { MemberAllowanceFieldsFragment } from '../../../gql/graphql';
import { displayCredits } from '../../common/format';
import { usedPercent } from '../allowance';

function isUsedUp(remaining: string): boolean {
  try {
    return parseCredits(remaining) <= 0n;
  } catch {
    return false;
  }
}

/** "used / limit" of a member's monthly spending limit, with a thin bar. */
export function AllowanceIndicator({ allowance, name }: { allowance: MemberAllowanceFieldsFragment; name: string }) {
  const percent = usedPercent(allowance);
  const usedUp = isUsedUp(allowance.remaining);
  const color = usedUp ? 'red' : percent >= 80 ? 'orange' : 'teal';
  const used = displayCredits(allowance.usedThisMonth);
  const limit = displayCredits(allowance.monthlyLimit);
  return (
    <Stack gap={2} maw={220} data-testid="allowance-indicator">
      <Text size="xs" c={usedUp ? 'red' : 'dimmed'}>
        Limit: {used} / {limit} used this month
      </Text>
      <Progress value={percent} size="xs" color={color} aria-label={`${name}: ${used} of ${limit} credits used this month`} />
    </Stack>
  );
}
