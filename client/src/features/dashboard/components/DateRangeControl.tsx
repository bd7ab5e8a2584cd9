import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { lastDays, utcDay, type DayRange } from '../date-range';

interface Props {
  value: DayRange;
  onChange: (range: DayRange) => void;
}

export function DateRangeControl({ value, onChange }: Props) {
  const today = utcDay(new Date());
  const preset = (days: number, label: string) => {
    const range = lastDays(days, today);
    return { value: [range.from, range.to] as [string, string], label };
  };
  return (
    <DatePickerInput
      type="range"
      label="Date range (UTC)"
      leftSection={<IconCalendar size={16} />}
      value={[value.from, value.to]}
      maxDate={today}
      allowSingleDateInRange
      presets={[preset(1, 'Today'), preset(7, 'Last 7 days'), preset(30, 'Last 30 days'), preset(90, 'Last 90 days')]}
      onChange={([from, to]) => {
        if (from && to) onChange({ from: String(from).slice(0, 10), to: String(to).slice(0, 10) });
      }}
      // "Oct 30, 2026 – Nov 28, 2026" on one line: short month names, and room for the longest range
      valueFormat="MMM D, YYYY"
      w={{ base: '100%', sm: 300 }}
      styles={{ input: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } }}
    />
  );
}
