import type { ValueTransformer } from 'typeorm';

/**
 * Money columns are bigint micro-credits. PostgreSQL hands int8 back as a string and
 * node-postgres cannot send a JS bigint, so every money column goes through this.
 */
export const microsColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null || value === undefined ? null : BigInt(value)),
};

/** A bigint from a raw query row (int8 arrives as a string; sums of int8 as numeric strings). */
export function micros(value: string | number | bigint | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  return BigInt(value);
}

/** The same for a nullable column (a threshold, an allowance): null stays null. */
export function microsOrNull(value: string | number | bigint | null | undefined): bigint | null {
  return value === null || value === undefined ? null : BigInt(value);
}
