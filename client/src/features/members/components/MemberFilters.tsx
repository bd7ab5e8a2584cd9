import { Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { MEMBER_STATUSES, ROLES, type MemberStatus, type Role } from '@orgpulse/shared';
import { ROLE_LABELS } from '../../common/roles';

export interface MemberFilterValues {
  search: string;
  role: Role | null;
  status: MemberStatus | null;
}

const STATUS_LABELS: Record<MemberStatus, string> = { ACTIVE: 'Active', SUSPENDED: 'Suspended', REMOVED: 'Removed' };
const ANY = 'ANY';

interface Props {
  value: MemberFilterValues;
  onChange: (value: MemberFilterValues) => void;
}

export function MemberFilters({ value, onChange }: Props) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search members"
        placeholder="Name or email"
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
        style={{ flex: '1 1 220px' }}
        type="search"
      />
      <NativeSelect
        label="Role"
        w={{ base: 'calc(50% - 6px)', xs: 170 }}
        data={[{ value: ANY, label: 'All roles' }, ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))]}
        value={value.role ?? ANY}
        onChange={(event) => {
          const role = event.currentTarget.value;
          onChange({ ...value, role: role !== ANY ? (role as Role) : null });
        }}
      />
      <NativeSelect
        label="Status"
        w={{ base: 'calc(50% - 6px)', xs: 170 }}
        data={[{ value: ANY, label: 'Any status' }, ...MEMBER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]}
        value={value.status ?? ANY}
        onChange={(event) => {
          const status = event.currentTarget.value;
          onChange({ ...value, status: status !== ANY ? (status as MemberStatus) : null });
        }}
      />
    </Group>
  );
}
