import { ERROR_CODES, ErrorCode } from './shared';

/**
 * Codes the GraphQL layer itself answers with, before any resolver runs: a document
 * that does not parse or does not match the schema (usually from `request()`).
 */
export const PROTOCOL_ERROR_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'] as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

/** The SDK's own code: the server could not be reached, or did not answer in time (after every retry). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/**
 * Every code an OrgpulseError can carry: the server's `extensions.code` list shared with
 * the API (`ErrorCode`), the GraphQL protocol codes, and NETWORK_ERROR. A code the server
 * adds later arrives as INTERNAL_SERVER_ERROR here, with the raw one in `extensions.code`.
 */
export type OrgpulseErrorCode = ErrorCode | ProtocolErrorCode | typeof NETWORK_ERROR;

const KNOWN = new Set<string>([...ERROR_CODES, ...PROTOCOL_ERROR_CODES, NETWORK_ERROR]);

/** One entry of a GraphQL response's `errors`, as the server sends it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface OrgpulseErrorDetails {
  field?: string;
  retryAfterSeconds?: number;
  /** HTTP status of the answer, when there was one. */
  status?: number;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
  /** Every error of the response (the first one is this error). */
  errors?: ReadonlyArray<GraphQLErrorEntry>;
  cause?: unknown;
}

/** What every SDK call throws: `code` for programs, `message` for people. */
export class OrgpulseError extends Error {
  readonly code: OrgpulseErrorCode;
  /** The input field at fault (BAD_USER_INPUT), e.g. "operation", "credits". */
  readonly field?: string;
  /** RATE_LIMITED: wait this long before trying again. */
  readonly retryAfterSeconds?: number;
  readonly status?: number;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly errors: ReadonlyArray<GraphQLErrorEntry>;

  constructor(code: OrgpulseErrorCode, message: string, details: OrgpulseErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'OrgpulseError';
    this.code = code;
    if (details.field !== undefined) this.field = details.field;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.status !== undefined) this.status = details.status;
    if (details.path !== undefined) this.path = details.path;
    this.extensions = details.extensions ?? {};
    this.errors = details.errors ?? [];
  }

  /** Builds the error for a GraphQL response's first error. */
  static fromGraphQL(errors: ReadonlyArray<GraphQLErrorEntry>, status?: number): OrgpulseError {
    const first = errors[0];
    const extensions = first.extensions ?? {};
    const raw = typeof extensions.code === 'string' ? extensions.code : '';
    const code = (KNOWN.has(raw) ? raw : ErrorCode.InternalServerError) as OrgpulseErrorCode;
    const retryAfter = extensions.retryAfterSeconds;
    return new OrgpulseError(code, typeof first.message === 'string' && first.message ? first.message : 'The server refused the request.', {
      field: typeof extensions.field === 'string' ? extensions.field : undefined,
      retryAfterSeconds: typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
      status,
      path: first.path,
      extensions,
      errors,
    });
  }
}

/** True for an OrgpulseError (with this code, when given); also across duplicate copies of the SDK. */
export function isOrgpulseError(err: unknown, code?: OrgpulseErrorCode): err is OrgpulseError {
  const named = err instanceof Error && (err.name === 'OrgpulseError' || err.name === 'SessionRequiredError') && 'code' in err;
  if (!(err instanceof OrgpulseError) && !named) return false;
  return code === undefined || (err as OrgpulseError).code === code;
}

/**
 * A session-only operation (webhook endpoints and deliveries) was called by a client built
 * with an API key. Its `code` is FORBIDDEN (the server's answer, kept in `cause`); make the
 * client with a session's `accessToken` instead. Keys are refused there on purpose: an
 * endpoint holds a signing secret and decides where the organization's data is sent.
 */
export class SessionRequiredError extends OrgpulseError {
  /** The SDK method that needs a session, e.g. "createWebhookEndpoint". */
  readonly operation: string;

  constructor(operation: string, cause: OrgpulseError) {
    super(
      ErrorCode.Forbidden,
      `${operation} needs a signed-in session (an OWNER or ADMIN access token), not an API key: create the client with { accessToken } for webhook management.`,
      { status: cause.status, path: cause.path, extensions: cause.extensions, errors: cause.errors, cause },
    );
    this.name = 'SessionRequiredError';
    this.operation = operation;
  }
}
