import { ErrorCode } from '@orgpulse/shared';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { rootLogger } from './logging';

/** An error meant for the client: its message is written for a person, its code for a program. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign in to continue: the access token is missing, expired or no longer valid.') =>
  new AppError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'Your role in this organization does not allow this action.') =>
  new AppError(ErrorCode.Forbidden, message);
export const notFound = (what: string) => new AppError(ErrorCode.NotFound, `${what} was not found in this organization.`);
export const badInput = (message: string, field?: string) => new AppError(ErrorCode.BadUserInput, message, field ? { field } : {});
export const conflict = (message: string) => new AppError(ErrorCode.Conflict, message);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RateLimited, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
export const passwordChangeRequired = () =>
  new AppError(
    ErrorCode.PasswordChangeRequired,
    'Your password was set by an administrator. Choose a new password (changePassword) before doing anything else.',
  );

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.InternalServerError),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one formatter: known codes pass with their message; anything else (a bug, a
 * database error) is logged server-side and reaches the client as a bare internal error.
 * Validation errors become BAD_USER_INPUT when they are about argument values.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (err: unknown) => void = (err) => rootLogger().error({ err }, 'unexpected error in a GraphQL request'),
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const clean = (ext: Record<string, unknown>) => {
    const { stacktrace: _s, exception: _e, ...rest } = ext;
    return rest;
  };
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT') {
    const isValue = /got invalid value|Expected value of type|Variable "\$[^"]+" of|Argument "[^"]+" of/i.test(formatted.message);
    return {
      message: formatted.message.replace(/ Did you mean[^?]*\?/g, ''),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...clean(formatted.extensions ?? {}), code: isValue ? ErrorCode.BadUserInput : code },
    };
  }
  if (KNOWN_CODES.has(code)) {
    return {
      message: formatted.message.replace(/ Did you mean[^?]*\?/g, ''),
      locations: formatted.locations,
      path: formatted.path,
      extensions: clean(formatted.extensions ?? {}),
    };
  }
  log(error);
  return {
    message: 'Something went wrong on our side. Try again; if it keeps happening, contact support.',
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError },
  };
}
