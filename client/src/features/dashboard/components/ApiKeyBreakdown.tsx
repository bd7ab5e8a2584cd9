import { Text } from '@mantine/core';
import type { UsageBucketFieldsFragment } from '../../../gql/graphql';
import { BreakdownTable } from './BreakdownTable';

/**
 * Usage by API key. The API answers OWNER and ADMIN with every key of the organization and
 * MEMBER and GUEST with their own keys only; calls made while signed in are one row.
 */
export function ApiKeyBreakdown({ buckets, seesEveryone }: { buckets: UsageBucketFieldsFragment[]; seesEveryone: boolean }) {
  return (
    <>
      {!seesEveryone && (
        <Text size="xs" c="dimmed" mb="xs">
          Only your own keys are shown.
        </Text>
      )}
      <BreakdownTable
        buckets={buckets}
        noun="API key"
        emptyHint={seesEveryone ? 'Calls made with an API key show here, one row per key.' : 'Calls made with your API keys show here.'}
      />
    </>
  );
}
