import { lazy, Suspense, useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { Permission } from '@orgpulse/shared';
import type { MemberRowFragment } from '../../gql/graphql';
import { useViewer } from '../auth/session-context';
import { PageHeader } from '../common/PageHeader';
import { PagerControls } from '../common/PagerControls';
import { EmptyState, ErrorState, LoadingState } from '../common/QueryState';
import { usePager } from '../common/usePager';
import { Can } from '../permissions/Can';
import { MemberFilters, type MemberFilterValues } from './components/MemberFilters';
import { MembersTable } from './components/MembersTable';
import { MembersQuery } from './members.graphql';

// Dialogs load when first opened: the form library, validation and password meter are not
// part of the page's initial JavaScript.
const loadAddMemberDialog = () => import('./components/AddMemberDialog');
const AddMemberDialog = lazy(() => loadAddMemberDialog().then((m) => ({ default: m.AddMemberDialog })));
const EditRoleDialog = lazy(() => import('./components/EditRoleDialog').then((m) => ({ default: m.EditRoleDialog })));
const loadSetAllowanceDialog = () => import('./components/SetAllowanceDialog');
const SetAllowanceDialog = lazy(() => loadSetAllowanceDialog().then((m) => ({ default: m.SetAllowanceDialog })));
const RemoveMemberDialog = lazy(() => import('./components/RemoveMemberDialog').then((m) => ({ default: m.RemoveMemberDialog })));
// the access review (OWNER/ADMIN) is its own chunk: nothing of it is in the route's initial JavaScript
const AccessReviewPanel = lazy(() => import('./components/AccessReviewPanel').then((m) => ({ default: m.AccessReviewPanel })));

export const MEMBERS_PAGE_SIZE = 20;

function MembersPage() {
  const viewer = useViewer();
  const [filters, setFilters] = useState<MemberFilterValues>({ search: '', role: null, status: null });
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const pager = usePager();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<MemberRowFragment | null>(null);
  const [removing, setRemoving] = useState<MemberRowFragment | null>(null);
  const [limiting, setLimiting] = useState<MemberRowFragment | null>(null);

  const { reset } = pager;
  useEffect(() => reset(), [search, filters.role, filters.status, reset]);

  const { data, loading, error, refetch } = useQuery(MembersQuery, {
    variables: {
      first: MEMBERS_PAGE_SIZE,
      after: pager.after,
      search: search || null,
      role: filters.role,
      status: filters.status,
    },
  });
  const connection = data?.members;
  const filtered = Boolean(search || filters.role || filters.status);

  return (
    <>
      <PageHeader
        title="Members"
        description={`Everyone in ${viewer.organization.name}. Owners and administrators add members, change roles and remove access.`}
        actions={
          <Can permission={Permission.MembersManage}>
            <Button
              leftSection={<IconUserPlus size={18} />}
              onClick={() => setAdding(true)}
              onMouseEnter={() => void loadAddMemberDialog()}
              onFocus={() => void loadAddMemberDialog()}
            >
              Add User
            </Button>
          </Can>
        }
      />
      <Card withBorder padding="md">
        <Stack>
          <MemberFilters value={filters} onChange={setFilters} />
          {error && !connection ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !connection ? (
            <LoadingState label="Loading members…" />
          ) : connection.nodes.length === 0 ? (
            <EmptyState title={filtered ? 'No members match these filters' : 'No members yet'}>
              {filtered ? 'Try another search, role or status.' : 'Add a user to invite them to the organization.'}
            </EmptyState>
          ) : (
            <>
              <MembersTable
                members={connection.nodes}
                viewerMemberId={viewer.member.id}
                onEditRole={setEditing}
                onRemove={setRemoving}
                onSetAllowance={setLimiting}
              />
              <PagerControls pager={pager} pageSize={MEMBERS_PAGE_SIZE} connection={connection} noun="members" />
            </>
          )}
          {loading && connection && (
            <span className="visually-hidden" role="status">
              Updating…
            </span>
          )}
        </Stack>
      </Card>
      <Can permission={Permission.MembersManage}>
        <Suspense fallback={null}>
          <AccessReviewPanel actor={{ membershipId: viewer.member.id, role: viewer.member.role }} />
        </Suspense>
      </Can>
      <Suspense fallback={null}>
        {adding && <AddMemberDialog opened onClose={() => setAdding(false)} />}
        {editing && <EditRoleDialog member={editing} onClose={() => setEditing(null)} />}
        {removing && <RemoveMemberDialog member={removing} onClose={() => setRemoving(null)} />}
        {limiting && <SetAllowanceDialog member={limiting} onClose={() => setLimiting(null)} />}
      </Suspense>
    </>
  );
}

export default MembersPage;
