import { useState } from 'react';
import { Group, SegmentedControl } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { lastDays, lastMonth, presetOf, thisMonth, utcDay, type DayRange, type RangePreset } from '../date-range';

interface Props {
  value: DayRange;
  onChange: (range: DayRange) => void;
}

/** "This month / Last month / Custom", the custom range in a date picker (with its own quick ranges). */
export function DateRangeControl({ value, onChange }: Props) {
  const today = utcDay(new Date());
  const preset = (range: DayRange, label: string) => ({ value: [range.from, range.to] as [string, string], label });
  // "Custom" stays chosen once clicked, even while the range on show is a month
  const [customChosen, setCustomChosen] = useState(false);
  const current: RangePreset = customChosen ? 'custom' : presetOf(value, today);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SegmentedControl
        aria-label="Range"
        value={current}
        data={[
          { value: 'this-month', label: 'This month' },
          { value: 'last-month', label: 'Last month' },
          { value: 'custom', label: 'Custom' },
        ]}
        onChange={(v) => {
          const next = v as RangePreset;
          setCustomChosen(next === 'custom');
          if (next === 'this-month') onChange(thisMonth(today));
          else if (next === 'last-month') onChange(lastMonth(today));
          // "Custom" keeps the range on show, ready to be changed in the picker
        }}
      />
      {current === 'custom' && (
        <DatePickerInput
          type="range"
          label="Date range (UTC)"
          leftSection={<IconCalendar size={16} />}
          value={[value.from, value.to]}
          maxDate={today}
          allowSingleDateInRange
          presets={[
            preset(lastDays(1, today), 'Today'),
            preset(lastDays(7, today), 'Last 7 days'),
            preset(lastDays(30, today), 'Last 30 days'),
            preset(lastDays(90, today), 'Last 90 days'),
            preset(thisMonth(today), 'This month'),
            preset(lastMonth(today), 'Last month'),
          ]}
          onChange={([from, to]) => {
            if (from && to) onChange({ from: String(from).slice(0, 10), to: String(to).slice(0, 10) });
          }}
          // "Oct 30, 2026 – Nov 28, 2026" on one line: short month names, and room for the longest range
          valueFormat="MMM D, YYYY"
          w={{ base: '100%', sm: 300 }}
          styles={{ input: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } }}
        />
      )}
    </Group>
  );
}
