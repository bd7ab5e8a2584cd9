import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Code, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { Permission } from '@orgpulse/shared';
import type { ApiKeyRowFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDate, formatRelative } from '../common/format';
import { notifySuccess } from '../common/notify';
import { PageHeader } from '../common/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../common/QueryState';
import { useCan } from '../permissions/Can';
import { ApiKeysQuery } from './api-keys.graphql';
import { CreateApiKeyDialog } from './components/CreateApiKeyDialog';
import { RateLimitUsage } from './components/RateLimitUsage';
import { useRevokeApiKey } from './hooks/useRevokeApiKey';
import { useViewer } from '../auth/session-context';
import { TableScroll } from '../common/TableScroll';
import { Table } from '../common/DataTable';
import { useConfirmTarget } from '../common/useConfirmTarget';

function ApiKeysPage() {
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(ApiKeysQuery);
  const canCreate = useCan(Permission.ApiKeysOwn);
  const canManageAll = useCan(Permission.ApiKeysManage);
  const [creating, setCreating] = useState(false);
  const [revokeApiKey, { loading: revokingNow }] = useRevokeApiKey();
  const [revoking, setRevoking, confirmRevoke] = useConfirmTarget(async (key: ApiKeyRowFragment) => {
    await revokeApiKey(key.id);
    notifySuccess(`${key.name} stops working on its next request.`, 'Key revoked');
  });

  return (
    <>
      <PageHeader
        title="API keys"
        description={
          canManageAll
            ? 'Keys for programmatic calls. Each acts as its member, with that member’s role. You can revoke anyone’s key.'
            : 'Keys for programmatic calls. A key acts as you, with your role.'
        }
        actions={
          canCreate && (
            <Button leftSection={<IconKey size={18} />} onClick={() => setCreating(true)}>
              Create API key
            </Button>
          )
        }
      />
      <Card withBorder padding="md">
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <LoadingState label="Loading API keys…" />
        ) : data.apiKeys.length === 0 ? (
          <EmptyState title="No API keys">Create a key to call the API from your own code.</EmptyState>
        ) : (
          <TableScroll minWidth={820} stack>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Key</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Rate limit</Table.Th>
                  <Table.ActionsTh />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.apiKeys.map((key) => {
                  const mayRevoke = !key.revokedAt && (canManageAll || key.member.id === viewer.member.id);
                  return (
                    <Table.Tr key={key.id} c={key.revokedAt ? 'dimmed' : undefined}>
                      <Table.Td cell="primary">
                        <Text size="sm" fw={500}>
                          {key.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Code>{key.prefix}…</Code>
                      </Table.Td>
                      <Table.Td label="Owner">
                        <Text size="sm">{key.member.name}</Text>
                      </Table.Td>
                      <Table.Td label="Created">
                        <Text size="sm">{formatDate(key.createdAt)}</Text>
                      </Table.Td>
                      <Table.Td label="Last used">
                        <Text size="sm">{key.lastUsedAt ? formatRelative(key.lastUsedAt) : 'Never'}</Text>
                      </Table.Td>
                      <Table.Td label="Rate limit">
                        {key.revokedAt ? <Text size="sm">–</Text> : <RateLimitUsage rateLimit={key.rateLimit} />}
                      </Table.Td>
                      <Table.Td ta="right" cell="actions">
                        {key.revokedAt ? (
                          <Badge color="gray" variant="light">
                            Revoked {formatDate(key.revokedAt)}
                          </Badge>
                        ) : (
                          mayRevoke && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setRevoking(key)}
                              aria-label={`Revoke ${key.name}`}
                            >
                              Revoke
                            </Button>
                          )
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Card>
      <CreateApiKeyDialog opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'key'}?`}
        confirmLabel="Revoke key"
        danger
        loading={revokingNow}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      >
        <Text size="sm">Programs using this key will get UNAUTHENTICATED errors from their next request. This cannot be undone.</Text>
      </ConfirmDialog>
    </>
  );
}

export default ApiKeysPage;
