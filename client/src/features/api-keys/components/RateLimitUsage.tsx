import { Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { ApiKeyRowFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../common/format';

/** Past this share of the budget the bar turns orange, and red when it is used up. */
const WARN = 0.8;

/** A key's query cost this minute against its budget (ApiKey.rateLimit; docs/api/rate-limits.md). */
export function RateLimitUsage({ rateLimit }: { rateLimit: ApiKeyRowFragment['rateLimit'] }) {
  const share = rateLimit.limit > 0 ? Math.min(1, rateLimit.used / rateLimit.limit) : 1;
  const color = share >= 1 ? 'red' : share >= WARN ? 'orange' : 'blue';
  return (
    <Tooltip label={`The window resets at ${formatDateTime(rateLimit.resetAt)}`}>
      <Stack gap={4} miw={120} data-testid="rate-limit">
        <Progress value={share * 100} color={color} size="sm" aria-label="Query cost used this window" />
        <Text size="xs" c={share >= 1 ? 'red' : 'dimmed'}>
          {rateLimit.used.toLocaleString('en-US')} / {rateLimit.limit.toLocaleString('en-US')} this minute
        </Text>
      </Stack>
    </Tooltip>
  );
}
