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

/** A half-open span [from, to); either end open (null) only for whole days. */
export interface Span {
  from: Date | null;
  to: Date | null;
}

/**
 * The finer split the dashboard's rollups allow: whole UTC days from the daily rows, whole
 * UTC hours at the edges from the hourly rows, and at most two partial hours from the raw
 * records (the leading one and the trailing one). Either end may be open.
 */
export interface FineParts {
  days: Span | null;
  hours: Array<{ from: Date; to: Date }>;
  raw: Array<{ from: Date; to: Date }>;
}

const HOUR_MS = 3_600_000;
const floorTo = (d: Date, unit: number) => new Date(Math.floor(d.getTime() / unit) * unit);
const ceilTo = (d: Date, unit: number) => new Date(Math.ceil(d.getTime() / unit) * unit);

export function splitFine(from: Date | null, to: Date | null): FineParts {
  const parts: FineParts = { days: null, hours: [], raw: [] };
  const add = (list: Array<{ from: Date; to: Date }>, a: Date, b: Date) => {
    if (a < b) list.push({ from: a, to: b });
  };
  /** [a, b) inside one day or at a day's edge: whole hours, then the partial ones. */
  const edge = (a: Date, b: Date) => {
    const h0 = ceilTo(a, HOUR_MS);
    const h1 = floorTo(b, HOUR_MS);
    if (h0 >= h1) return add(parts.raw, a, b); // under two hours with no whole hour inside
    add(parts.raw, a, h0);
    add(parts.hours, h0, h1);
    add(parts.raw, h1, b);
  };
  const d0 = from ? ceilTo(from, DAY_MS) : null;
  const d1 = to ? floorTo(to, DAY_MS) : null;
  if (from && to && d0! >= d1!) {
    if (from < to) edge(from, to);
    return parts;
  }
  parts.days = { from: d0, to: d1 };
  if (from && from < d0!) edge(from, d0!);
  if (to && d1! < to) edge(d1!, to);
  return parts;
}

const WEEK_MS = 7 * DAY_MS;
/** Weeks start on a Monday, 00:00 UTC (1970-01-05 was one): the weekly rollups' periods (usage-rollups.sql.ts). */
const WEEK_ORIGIN = Date.UTC(1970, 0, 5);
const floorWeek = (d: Date) => new Date(WEEK_ORIGIN + Math.floor((d.getTime() - WEEK_ORIGIN) / WEEK_MS) * WEEK_MS);
const ceilWeek = (d: Date) => new Date(WEEK_ORIGIN + Math.ceil((d.getTime() - WEEK_ORIGIN) / WEEK_MS) * WEEK_MS);

/**
 * A span of whole days as whole UTC weeks (Monday to Monday) and the days before and after
 * them (at most six each): a long range reads a row per week and key, not one per day.
 * `weeks` null: no whole week inside; an open end stays open in the weeks.
 */
export function splitWeeks(days: Span): { weeks: Span | null; days: Array<{ from: Date | null; to: Date | null }> } {
  const w0 = days.from ? ceilWeek(days.from) : null;
  const w1 = days.to ? floorWeek(days.to) : null;
  if (w0 && w1 && w0 >= w1) return { weeks: null, days: [days] };
  const rest: Array<{ from: Date | null; to: Date | null }> = [];
  if (days.from && days.from < w0!) rest.push({ from: days.from, to: w0 });
  if (days.to && w1! < days.to) rest.push({ from: w1, to: days.to });
  return { weeks: { from: w0, to: w1 }, days: rest };
}
