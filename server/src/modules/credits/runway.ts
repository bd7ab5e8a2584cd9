import type { EntityManager } from 'typeorm';
import { formatCredits } from '@orgpulse/shared';
import { micros } from '../../common/money';

/** How long the balance lasts at the recent burn rate (docs/PRODUCT.md §4). */
export interface RunwayView {
  /** Micro-credits per day: what was spent over the basis divided by basisDays, rounded down. */
  burnPerDay: bigint;
  basisDays: number;
  /** The balance over the exact burn rate; null when nothing was spent in the basis. */
  days: number | null;
}

/** The most recent days the average covers. */
const RUNWAY_BASIS_DAYS = 7;

/**
 * The runway from what was spent over the basis (micro-credits) and the balance. The burn is
 * exact (bigint, rounded down to the micro-credit); `days` is an estimate, computed from the
 * exact sum rather than the rounded burn so a tiny burn never divides by 0.
 */
export function runwayOf(balance: bigint, spent: bigint, basisDays: number): RunwayView {
  const basis = BigInt(basisDays);
  const burnPerDay = spent > 0n ? spent / basis : 0n;
  const days = spent > 0n ? Number(((balance < 0n ? 0n : balance) * basis * 1_000_000n) / spent) / 1_000_000 : null;
  return { burnPerDay, basisDays, days };
}

/** "lasts about 12 days at the last 7 days' rate" (the email and the SPA say the same). */
export function runwaySentence(r: RunwayView): string | null {
  if (r.days === null) return null;
  const rate = r.basisDays === 1 ? "today's rate" : `the last ${r.basisDays} days' rate`;
  const days = r.days < 1 ? 'less than a day' : `about ${Math.floor(r.days)} ${Math.floor(r.days) === 1 ? 'day' : 'days'}`;
  return `lasts ${days} at ${rate} (${formatCredits(r.burnPerDay)} credits a day)`;
}

/**
 * For each organization: the basis (min(7, whole days since it was created), at least 1) and
 * what it spent over that many UTC days up to today, read from the daily rows of the
 * per-operation rollup (a few rows a day; its key starts with organization, grain and day). One statement for any number of organizations.
 */
const RUNWAY_SQL = `
  SELECT o.id AS organization_id, b.basis, coalesce(s.spent, 0) AS spent
    FROM organizations o
   CROSS JOIN LATERAL (
         SELECT LEAST(${RUNWAY_BASIS_DAYS}, GREATEST(1, floor(extract(epoch FROM now() - o.created_at) / 86400)))::int AS basis) b
   CROSS JOIN LATERAL (
         SELECT sum(d.credits) AS spent FROM usage_by_operation d
          WHERE d.organization_id = o.id AND NOT d.hourly
            AND d.period_start > ((now() AT TIME ZONE 'UTC')::date - b.basis)::timestamp AT TIME ZONE 'UTC') s
   WHERE o.id = ANY($1::uuid[])`;

export interface RunwayBasis {
  basisDays: number;
  spent: bigint;
}

export async function loadRunwayBases(em: Pick<EntityManager, 'query'>, orgIds: readonly string[]): Promise<Map<string, RunwayBasis>> {
  const rows: Array<{ organization_id: string; basis: number; spent: string }> = await em.query(RUNWAY_SQL, [[...orgIds]]);
  return new Map(rows.map((r) => [r.organization_id, { basisDays: Number(r.basis), spent: micros(r.spent) }]));
}
