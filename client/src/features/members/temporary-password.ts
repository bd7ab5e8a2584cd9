const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "expires in 3 days", "expires in 5 hours", "expired": for a temporary password's expiry. */
export function temporaryPasswordExpiry(expiresAt: string, now = Date.now()): string {
  const left = new Date(expiresAt).getTime() - now;
  if (!(left > 0)) return 'expired';
  if (left >= DAY) return `expires in ${plural(Math.round(left / DAY), 'day')}`;
  if (left >= HOUR) return `expires in ${plural(Math.round(left / HOUR), 'hour')}`;
  return `expires in ${plural(Math.max(1, Math.round(left / MINUTE)), 'minute')}`;
}

export function isExpired(expiresAt: string, now = Date.now()): boolean {
  return !(new Date(expiresAt).getTime() - now > 0);
}
