import { useQuery } from '@apollo/client/react';
import { Card, Grid, Skeleton, Stack, Title } from '@mantine/core';
import { Permission } from '@orgpulse/shared';
import { PageHeader } from '../common/PageHeader';
import { PagerControls } from '../common/PagerControls';
import { EmptyState, ErrorState, LoadingState } from '../common/QueryState';
import { usePager } from '../common/usePager';
import { Can } from '../permissions/Can';
import { BalanceCard } from '../dashboard/components/BalanceCard';
import { AddCreditsForm } from './components/AddCreditsForm';
import { AdjustBalanceAction } from './components/AdjustBalanceAction';
import { LowBalanceThresholdForm } from './components/LowBalanceThresholdForm';
import { TransactionsTable } from './components/TransactionsTable';
import { CreditsPageQuery } from './credits.graphql';

const PAGE_SIZE = 25;

function CreditsPage() {
  const pager = usePager();
  const { data, error, refetch } = useQuery(CreditsPageQuery, { variables: { first: PAGE_SIZE, after: pager.after } });
  const connection = data?.creditTransactions;

  return (
    <Can permission={Permission.BillingManage} fallback={<EmptyState title="Billing is for owners and administrators" />}>
      <PageHeader
        title="Credits"
        description="Credits belong to the organization: every member's API calls spend this balance. The ledger below records every change."
        actions={<AdjustBalanceAction balance={data?.organization.creditBalance.balance} />}
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <Stack gap="md">
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              {data ? <BalanceCard balance={data.organization.creditBalance} /> : <Skeleton h={150} />}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Card withBorder padding="md" h="100%">
                <Title order={3} size="h5" mb="sm">
                  Add credits
                </Title>
                <AddCreditsForm />
              </Card>
            </Grid.Col>
          </Grid>
          <Card withBorder padding="md">
            {data ? (
              <LowBalanceThresholdForm
                key={data.organization.creditBalance.lowBalanceThreshold ?? ''}
                current={data.organization.creditBalance.lowBalanceThreshold}
              />
            ) : (
              <Skeleton h={90} />
            )}
          </Card>
          <Card withBorder padding="md">
            <Title order={3} size="h5" mb="sm">
              Transactions
            </Title>
            {!connection ? (
              <LoadingState label="Loading transactions…" />
            ) : connection.nodes.length === 0 ? (
              <EmptyState title="No transactions yet">Top-ups, adjustments and API usage appear here.</EmptyState>
            ) : (
              <Stack>
                <TransactionsTable transactions={connection.nodes} />
                <PagerControls pager={pager} pageSize={PAGE_SIZE} connection={connection} noun="transactions" />
              </Stack>
            )}
          </Card>
        </Stack>
      )}
    </Can>
  );
}

export default CreditsPage;
