import { formatCredits, parseCredits } from '@orgpulse/shared';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '—';
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '—';
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 2 hours", "just now". */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return 'Never';
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/**
 * Credits for display, exact: groups the whole part with the locale's separators and keeps
 * every significant fractional digit ("12345.5" -> "12,345.5"). No float arithmetic.
 */
export function displayCredits(amount: string | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  let exact: string;
  try {
    exact = formatCredits(parseCredits(amount));
  } catch {
    return amount;
  }
  const negative = exact.startsWith('-');
  const [whole, fraction] = (negative ? exact.slice(1) : exact).split('.');
  const grouped = BigInt(whole).toLocaleString();
  const decimalPoint = (1.5).toLocaleString().charAt(1);
  return `${negative ? '−' : ''}${grouped}${fraction ? decimalPoint + fraction : ''}`;
}
