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
