/**
 * Splits a time range [from, to) into whole UTC days, answered from the daily rollup,
 * and at most two partial-day edges, answered from the raw records through the
 * (organization, created_at) index. Either end may be open.
 */
export interface RangeParts {
  /** Whole days [fromDay, toDay) as 'YYYY-MM-DD' (null: unbounded), or null for none. */
  days: { fromDay: string | null; toDay: string | null } | null;
  /** Partial-day edges read from usage_records. */
  raw: Array<{ from: Date; to: Date }>;
}

const DAY_MS = 86_400_000;

function isMidnight(d: Date): boolean {
  return d.getTime() % DAY_MS === 0;
}

function floorDay(d: Date): Date {
  return new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
}

function ceilDay(d: Date): Date {
  return isMidnight(d) ? d : new Date(floorDay(d).getTime() + DAY_MS);
}

function dayString(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function splitRange(from: Date | null, to: Date | null): RangeParts {
  const lo = from ? ceilDay(from) : null;
  const hi = to ? floorDay(to) : null;
  if (from && to && lo!.getTime() >= hi!.getTime()) {
    // no whole day inside: less than two days of raw records
    return { days: null, raw: from < to ? [{ from, to }] : [] };
  }
  const raw: RangeParts['raw'] = [];
  if (from && from < lo!) raw.push({ from, to: lo! });
  if (to && hi! < to) raw.push({ from: hi!, to });
  return { days: { fromDay: lo ? dayString(lo) : null, toDay: hi ? dayString(hi) : null }, raw };
}
