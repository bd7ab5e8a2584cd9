import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconX } from '@tabler/icons-react';
import { utcDay } from '../../dashboard/date-range';
import { describeAction } from '../audit-details';
import { isFiltered, isTargetValid, NO_FILTER, type AuditFilter } from '../audit-filter';

interface Props {
  value: AuditFilter;
  onChange: (filter: AuditFilter) => void;
  actions: string[];
  members: Array<{ id: string; name: string; email: string | null }>;
}

/** Actor, action(s), target and date range of the audit log; every change starts again at the first page. */
export function AuditFilters({ value, onChange, actions, members }: Props) {
  const set = (patch: Partial<AuditFilter>) => onChange({ ...value, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label="By"
        placeholder="Anyone"
        data={members.map((m) => ({ value: m.id, label: m.email ? `${m.name} (${m.email})` : m.name }))}
        value={value.actorId}
        onChange={(actorId) => set({ actorId })}
        searchable
        clearable
        nothingFoundMessage="No member matches"
        w={{ base: '100%', sm: 220 }}
      />
      <MultiSelect
        label="Action"
        placeholder={value.actions.length === 0 ? 'Any action' : undefined}
        data={actions.map((a) => ({ value: a, label: describeAction(a) }))}
        value={value.actions}
        onChange={(list) => set({ actions: list })}
        searchable
        clearable
        w={{ base: '100%', sm: 260 }}
      />
      <TextInput
        label="Target id"
        placeholder="A member, key or resource id"
        value={value.targetId}
        onChange={(e) => set({ targetId: e.currentTarget.value })}
        error={isTargetValid(value.targetId) ? undefined : 'Paste a whole id, such as one from the Target column.'}
        w={{ base: '100%', sm: 300 }}
      />
      <DatePickerInput
        type="range"
        label="Dates (UTC)"
        placeholder="Any time"
        leftSection={<IconCalendar size={16} />}
        value={value.range ? [value.range.from, value.range.to] : [null, null]}
        maxDate={utcDay(new Date())}
        allowSingleDateInRange
        clearable
        onChange={([from, to]) => {
          if (from && to) set({ range: { from: String(from).slice(0, 10), to: String(to).slice(0, 10) } });
          else if (!from && !to) set({ range: null });
        }}
        valueFormat="MMM D, YYYY"
        w={{ base: '100%', sm: 280 }}
      />
      {isFiltered(value) && (
        <Button variant="subtle" leftSection={<IconX size={14} />} onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
