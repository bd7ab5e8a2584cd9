import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { Permission } from '@orgpulse/shared';
import type { ResourceKind, ResourcesQuery as ResourcesData } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDate } from '../common/format';
import { notifySuccess } from '../common/notify';
import { PageHeader } from '../common/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../common/QueryState';
import { Can, useCan } from '../permissions/Can';
import { ResourceFormDialog, type EditedResource } from './components/ResourceFormDialog';
import { useDeleteResource } from './hooks/useDeleteResource';
import { ResourcesQuery } from './resources.graphql';
import { TableScroll } from '../common/TableScroll';
import { Table } from '../common/DataTable';
import { useConfirmTarget } from '../common/useConfirmTarget';

type Resource = ResourcesData['resources'][number];
const KIND_LABEL: Record<ResourceKind, string> = { INSTANCE: 'Instance', AGENT: 'Agent' };

function ResourcesPage() {
  const [kind, setKind] = useState<ResourceKind | 'ALL'>('ALL');
  const { data, error, refetch } = useQuery(ResourcesQuery, { variables: { kind: kind === 'ALL' ? null : kind } });
  const canWrite = useCan(Permission.ResourcesWrite);
  const [editing, setEditing] = useState<EditedResource | 'new' | null>(null);
  const [deleteResource, { loading: deletingNow }] = useDeleteResource();
  const [deleting, setDeleting, confirmDelete] = useConfirmTarget(async (resource: Resource) => {
    await deleteResource(resource.id);
    notifySuccess(`${resource.name} was deleted. Its usage history stays on the dashboard.`);
  });

  return (
    <>
      <PageHeader
        title="Resources"
        description="Instances and agents. Anything a member creates is available to everyone in the organization, and stays after its creator leaves."
        actions={
          <Can permission={Permission.ResourcesWrite}>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
              Create resource
            </Button>
          </Can>
        }
      />
      <Card withBorder padding="md">
        <Stack>
          <SegmentedControl
            aria-label="Filter by kind"
            w={{ base: '100%', xs: 'auto' }}
            value={kind}
            onChange={(value) => setKind(value as ResourceKind | 'ALL')}
            data={[
              { value: 'ALL', label: 'All' },
              { value: 'INSTANCE', label: 'Instances' },
              { value: 'AGENT', label: 'Agents' },
            ]}
          />
          {error && !data ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !data ? (
            <LoadingState label="Loading resources…" />
          ) : data.resources.length === 0 ? (
            <EmptyState title="No resources yet">
              {canWrite ? 'Create an instance or an agent to get started.' : 'Members create instances and agents here.'}
            </EmptyState>
          ) : (
            <TableScroll minWidth={560} stack>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Created by</Table.Th>
                    <Table.Th>Created</Table.Th>
                    {canWrite && <Table.ActionsTh />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.resources.map((resource) => (
                    <Table.Tr key={resource.id}>
                      <Table.Td cell="primary">
                        <Text size="sm" fw={500}>
                          {resource.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={resource.kind === 'AGENT' ? 'violet' : 'cyan'}>
                          {KIND_LABEL[resource.kind]}
                        </Badge>
                      </Table.Td>
                      <Table.Td label="Created by">
                        <Text size="sm">
                          {resource.createdBy.name}
                          {resource.createdBy.status === 'REMOVED' && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              (removed)
                            </Text>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td label="Created">
                        <Text size="sm">{formatDate(resource.createdAt)}</Text>
                      </Table.Td>
                      {canWrite && (
                        <Table.Td cell="actions">
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Tooltip label="Rename">
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                aria-label={`Rename ${resource.name}`}
                                onClick={() => setEditing(resource)}
                              >
                                <IconPencil size={18} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label="Delete">
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`Delete ${resource.name}`}
                                onClick={() => setDeleting(resource)}
                              >
                                <IconTrash size={18} />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Stack>
      </Card>
      <ResourceFormDialog target={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'resource'}?`}
        confirmLabel="Delete resource"
        danger
        loading={deletingNow}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      >
        <Text size="sm">Nobody in the organization will be able to use it any more. Past usage stays on the dashboard.</Text>
      </ConfirmDialog>
    </>
  );
}

export default ResourcesPage;
