import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Grid, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import '@mantine/dates/styles.css';
import { addCredits, Permission } from '@orgpulse/shared';
import { displayCredits } from '../common/format';
import { notifyError } from '../common/notify';
import { PageHeader } from '../common/PageHeader';
import { ErrorState } from '../common/QueryState';
import { useCan } from '../permissions/Can';
import { BalanceCard, StatCard } from './components/BalanceCard';
import { ApiKeyBreakdown } from './components/ApiKeyBreakdown';
import { BreakdownTable } from './components/BreakdownTable';
import { DateRangeControl } from './components/DateRangeControl';
import { RecentActivity } from './components/RecentActivity';
import { StackedUsageChart } from './components/StackedUsageChart';
import { DashboardQuery } from './dashboard.graphql';
import { daysOf, lastDays, toApiRange, type DayRange } from './date-range';
import { useUsageCsvExport } from './hooks/useUsageCsvExport';
import { useDashboardLive } from './hooks/useDashboardLive';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function DashboardPage() {
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const { data, error, refetch, subscribeToMore } = useQuery(DashboardQuery, { variables: toApiRange(range) });
  // live balance and usage over the WebSocket once the first answer is in (no polling)
  useDashboardLive(subscribeToMore, range, !!data);
  const [exportCsv, { exporting }] = useUsageCsvExport();
  const seesEveryone = useCan(Permission.UsageReadAllMembers);

  const used = data ? addCredits('0', ...data.byDay.map((b) => b.credits)) : null;
  const calls = data?.byDay.reduce((sum, b) => sum + b.count, 0) ?? null;

  return (
    <Stack gap="md">
      <PageHeader
        title="Dashboard"
        description="Credits and API usage of the whole organization. Every member's calls spend the same balance."
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={exporting}
            onClick={() => exportCsv(range).catch((e) => notifyError(e, 'Export failed'))}
          >
            Export CSV
          </Button>
        }
      />
      <Group justify="flex-start" align="flex-end" gap="sm">
        <DateRangeControl value={range} onChange={setRange} />
        <Text size="xs" c="dimmed" pb={8} data-testid="range-days">
          {daysOf(range).length === 1 ? '1 day' : `${daysOf(range).length} days`}
        </Text>
      </Group>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {data ? (
              <BalanceCard balance={data.organization.creditBalance} allowance={data.viewer.member.allowance} />
            ) : (
              <Skeleton h={130} />
            )}
            {data && used !== null ? <StatCard label="Credits used in range" value={displayCredits(used)} /> : <Skeleton h={130} />}
            {calls !== null ? <StatCard label="API calls in range" value={calls.toLocaleString()} /> : <Skeleton h={130} />}
          </SimpleGrid>
          <Section title="Credits used per day">
            <StackedUsageChart range={range} seesEveryone={seesEveryone} />
          </Section>
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Section title={seesEveryone ? 'By member' : 'Your usage'}>
                {data ? (
                  <BreakdownTable buckets={data.byMember} noun="member" emptyHint="No member made calls in this range." />
                ) : (
                  <Skeleton h={160} />
                )}
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Section title="By resource">
                {data ? (
                  <BreakdownTable buckets={data.byResource} noun="resource" emptyHint="Calls tied to an instance or agent show here." />
                ) : (
                  <Skeleton h={160} />
                )}
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Section title={seesEveryone ? 'By API key' : 'Your API keys'}>
                {data ? <ApiKeyBreakdown buckets={data.byApiKey} seesEveryone={seesEveryone} /> : <Skeleton h={160} />}
              </Section>
            </Grid.Col>
          </Grid>
          <Section
            title={`Recent activity${data ? ` (${data.recent.totalCount.toLocaleString()} ${data.recent.totalCount === 1 ? 'call' : 'calls'} in range)` : ''}`}
          >
            {data ? <RecentActivity records={data.recent.nodes} /> : <Skeleton h={200} />}
          </Section>
        </>
      )}
    </Stack>
  );
}

export default DashboardPage;
