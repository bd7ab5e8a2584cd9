import { CreditFormatError, formatCredits, parseCredits } from '@orgpulse/shared';

export interface AllowanceAmounts {
  monthlyLimit: string;
  usedThisMonth: string;
}

/**
 * Validates a typed monthly limit with the shared exact parser (never parseFloat) and returns
 * its canonical decimal string, or an error a person can act on.
 */
export function parseMonthlyLimit(input: string): { limit: string; error?: undefined } | { limit?: undefined; error: string } {
  const text = input.trim();
  if (!text) return { error: 'Enter a monthly limit, or choose No limit.' };
  try {
    const micros = parseCredits(text);
    if (micros <= 0n) return { error: 'The limit must be above zero. Choose No limit to remove it.' };
    return { limit: formatCredits(micros) };
  } catch (error) {
    return { error: error instanceof CreditFormatError ? error.message : 'Enter an amount such as 100 or 12.5.' };
  }
}

/** Share of the limit used, as a whole percent clamped to 0–100, computed on micro-credits. */
export function usedPercent({ monthlyLimit, usedThisMonth }: AllowanceAmounts): number {
  try {
    const limit = parseCredits(monthlyLimit);
    const used = parseCredits(usedThisMonth);
    if (limit <= 0n) return 100;
    const percent = (used * 100n) / limit;
    return Number(percent > 100n ? 100n : percent < 0n ? 0n : percent);
  } catch {
    return 0;
  }
}
