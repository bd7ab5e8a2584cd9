/** Every `extensions.code` an API client can meet (docs/PRODUCT.md §7). */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  Conflict: 'CONFLICT',
  InsufficientCredits: 'INSUFFICIENT_CREDITS',
  PasswordChangeRequired: 'PASSWORD_CHANGE_REQUIRED',
  RateLimited: 'RATE_LIMITED',
  /** The password was right; finish signing in with completeMfaLogIn and the `mfaToken` extension. */
  MfaRequired: 'MFA_REQUIRED',
  /** The organization requires a second factor: enrol one (startTotpEnrollment) before anything else. */
  MfaEnrollmentRequired: 'MFA_ENROLLMENT_REQUIRED',
  /** The document is too deep, too wide, too repetitive or too costly: refused before validation. */
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);
