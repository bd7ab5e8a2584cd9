/** CreditBalance.runway as the SPA reads it. */
export interface RunwayFigures {
  burnPerDay: string;
  basisDays: number;
  days: number | null;
}

/** "lasts about 12 days at the last 7 days' rate", or null when nothing was spent (no estimate). */
export function runwayText(runway: RunwayFigures | null | undefined): string | null {
  if (!runway || runway.days === null) return null;
  const rate = runway.basisDays === 1 ? "today's rate" : `the last ${runway.basisDays} days' rate`;
  const whole = Math.floor(runway.days);
  const lasts = runway.days < 1 ? 'less than a day' : `about ${whole} ${whole === 1 ? 'day' : 'days'}`;
  return `lasts ${lasts} at ${rate}`;
}
