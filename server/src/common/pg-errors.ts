/** PostgreSQL's error code (SQLSTATE) of a driver or TypeORM error, if it has one. */
export function pgCode(err: unknown): string | undefined {
  const e = err as { code?: string; driverError?: { code?: string } } | null | undefined;
  return e?.driverError?.code ?? e?.code;
}

/** PostgreSQL's unique_violation, optionally on one constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { constraint?: string; driverError?: { constraint?: string } } | null | undefined;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return pgCode(err) === '23505' && (!constraint || name === constraint);
}
