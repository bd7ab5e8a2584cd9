import { useEffect } from 'react';
import type { useQuery } from '@apollo/client/react';
import type { DashboardQuery, DashboardQueryVariables } from '../../../gql/graphql';
import { BalanceChangedSubscription, UsageRecordedSubscription } from '../dashboard.graphql';
import type { DayRange } from '../date-range';
import { applyUsageRecord } from '../live-updates';

type SubscribeToMore = useQuery.Result<DashboardQuery, DashboardQueryVariables>['subscribeToMore'];

/**
 * Keeps the dashboard current without polling: the balance and each new usage record arrive
 * over the WebSocket (graphql-ws) and are written into the Dashboard query's cache entry.
 */
export function useDashboardLive(subscribeToMore: SubscribeToMore, range: DayRange, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const stopBalance = subscribeToMore({
      document: BalanceChangedSubscription,
      updateQuery: (_prev, { previousData, complete, subscriptionData }) => {
        if (!complete) return;
        return {
          ...previousData,
          organization: { ...previousData.organization, creditBalance: subscriptionData.data.balanceChanged },
        };
      },
    });
    const stopUsage = subscribeToMore({
      document: UsageRecordedSubscription,
      updateQuery: (_prev, { previousData, complete, subscriptionData }) => {
        if (!complete) return;
        return applyUsageRecord(previousData, subscriptionData.data.usageRecorded, range);
      },
    });
    return () => {
      stopBalance();
      stopUsage();
    };
  }, [subscribeToMore, range, enabled]);
}
