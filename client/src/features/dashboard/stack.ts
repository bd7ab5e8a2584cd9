import { addCredits, parseCredits } from '@orgpulse/shared';
import type { DayRange } from './date-range';

export type StackBy = 'OPERATION' | 'MEMBER';

export interface StackBucket {
  key: string;
  label: string;
  credits: string;
  count: number;
}

export interface StackSeries {
  key: string;
  label: string;
  /** Exact total over the range. */
  credits: string;
}

export interface StackPoint {
  period: DayRange;
  /** Plot heights only (labels show the exact strings in `credits`). */
  values: Record<string, number>;
  credits: Record<string, string>;
}

export const OTHER = '__other__';

/**
 * The stacked chart's series and points: the `top` biggest keys over the whole range, the
 * rest summed as "Other", exact decimals throughout (numbers only for plot heights).
 */
export function buildStack(periods: DayRange[], buckets: StackBucket[][], top = 5): { series: StackSeries[]; points: StackPoint[] } {
  const totals = new Map<string, { label: string; micros: bigint }>();
  for (const list of buckets) {
    for (const b of list) {
      const t = totals.get(b.key) ?? { label: b.label, micros: 0n };
      t.micros += parseCredits(b.credits);
      totals.set(b.key, t);
    }
  }
  const ranked = [...totals.entries()].sort((a, b) =>
    b[1].micros > a[1].micros ? 1 : b[1].micros < a[1].micros ? -1 : a[0] < b[0] ? -1 : 1,
  );
  const kept = ranked.slice(0, ranked.length > top ? top - 1 : top);
  const keptKeys = new Set(kept.map(([k]) => k));
  const series: StackSeries[] = kept.map(([key, t]) => ({
    key,
    label: t.label,
    credits: addCredits(
      '0',
      ...buckets
        .flat()
        .filter((b) => b.key === key)
        .map((b) => b.credits),
    ),
  }));
  const rest = buckets.flat().filter((b) => !keptKeys.has(b.key));
  if (rest.length > 0) series.push({ key: OTHER, label: 'Other', credits: addCredits('0', ...rest.map((b) => b.credits)) });

  const points = periods.map((period, i) => {
    const credits: Record<string, string> = {};
    for (const b of buckets[i] ?? []) {
      const key = keptKeys.has(b.key) ? b.key : OTHER;
      credits[key] = addCredits(credits[key] ?? '0', b.credits);
    }
    const values = Object.fromEntries(series.map((s) => [s.key, Number(credits[s.key] ?? '0')]));
    return { period, values, credits };
  });
  return { series, points };
}
