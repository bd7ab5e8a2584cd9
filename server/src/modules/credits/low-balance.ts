/** True when a change took the balance from at-or-above the threshold to below it (one alert per crossing). */
export function crossedBelow(before: bigint, after: bigint, threshold: bigint | null): boolean {
  return threshold !== null && before >= threshold && after < threshold;
}

/** A balance is low when a threshold is set and the balance is below it. */
export function isLow(balance: bigint, threshold: bigint | null): boolean {
  return threshold !== null && balance < threshold;
}
