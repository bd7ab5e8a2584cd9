/**
 * Exact credit amounts. The API speaks decimal strings with up to 6 fractional digits;
 * the server stores integer micro-credits (bigint). Never JavaScript numbers for money.
 */
export const CREDIT_DECIMALS = 6;
export const MICROS_PER_CREDIT = 1_000_000n;
/** Largest magnitude accepted: 12 integer digits keeps micro-credits well inside a bigint. */
export const MAX_CREDIT_INTEGER_DIGITS = 12;
export const MAX_MICROS = 10n ** BigInt(MAX_CREDIT_INTEGER_DIGITS + CREDIT_DECIMALS) - 1n;

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export class CreditFormatError extends Error {}

/** Parses "12.5" into 12500000n micro-credits, refusing anything that is not exact. */
export function parseCredits(input: string): bigint {
  if (typeof input !== 'string') throw new CreditFormatError('Credits must be a decimal string such as "12.5".');
  const text = input.trim();
  const m = DECIMAL.exec(text);
  if (!m)
    throw new CreditFormatError(`"${input.slice(0, 40)}" is not a decimal amount: write digits with an optional point, such as "12.5".`);
  const [, sign, whole, fraction = ''] = m;
  if (fraction.length > CREDIT_DECIMALS) {
    throw new CreditFormatError(`Credits have at most ${CREDIT_DECIMALS} digits after the point.`);
  }
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > MAX_CREDIT_INTEGER_DIGITS) {
    throw new CreditFormatError(`Credits must be below 10^${MAX_CREDIT_INTEGER_DIGITS}.`);
  }
  const micros = BigInt(wholeDigits) * MICROS_PER_CREDIT + BigInt(fraction.padEnd(CREDIT_DECIMALS, '0'));
  return sign ? -micros : micros;
}

/** Formats micro-credits as the shortest exact decimal string: 12500000n -> "12.5". */
export function formatCredits(micros: bigint | string | number): string {
  const value = BigInt(micros);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / MICROS_PER_CREDIT;
  const fraction = (abs % MICROS_PER_CREDIT).toString().padStart(CREDIT_DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Adds decimal strings exactly. */
export function addCredits(...amounts: string[]): string {
  return formatCredits(amounts.reduce((sum, a) => sum + parseCredits(a), 0n));
}
