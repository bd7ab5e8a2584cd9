/** Dashboard ranges are whole UTC days, "YYYY-MM-DD", both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 24 * 3600 * 1000;

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The last `days` days, today included. */
export function lastDays(days: number, today = utcDay(new Date())): DayRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** The API's half-open interval: from midnight of the first day to midnight after the last. */
export function toApiRange(range: DayRange): { from: string; to: string } {
  return { from: `${range.from}T00:00:00.000Z`, to: `${addDays(range.to, 1)}T00:00:00.000Z` };
}

/** Every day of the range, so days without usage still show on the chart. */
export function daysOf(range: DayRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to && days.length < 3700; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The calendar month (UTC) of `today`, up to today. */
export function thisMonth(today = utcDay(new Date())): DayRange {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

/** The whole calendar month (UTC) before `today`'s. */
export function lastMonth(today = utcDay(new Date())): DayRange {
  const lastDay = addDays(`${today.slice(0, 7)}-01`, -1);
  return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
}

export type RangePreset = 'this-month' | 'last-month' | 'custom';

/** Which preset a range is (anything else is custom). */
export function presetOf(range: DayRange, today = utcDay(new Date())): RangePreset {
  const same = (r: DayRange) => r.from === range.from && r.to === range.to;
  return same(thisMonth(today)) ? 'this-month' : same(lastMonth(today)) ? 'last-month' : 'custom';
}

/**
 * The chart's periods: one per day up to `max` days, else runs of whole days so there are
 * at most `max` (each label is its first day).
 */
export function periodsOf(range: DayRange, max = 31): DayRange[] {
  const days = daysOf(range);
  const size = Math.max(1, Math.ceil(days.length / max));
  const periods: DayRange[] = [];
  for (let i = 0; i < days.length; i += size) periods.push({ from: days[i], to: days[Math.min(i + size, days.length) - 1] });
  return periods;
}
