import { API_KEY_PERMISSIONS, can, Credential, ErrorCode, Permission } from '@orgpulse/shared';
import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import type { GraphQLField, GraphQLResolveInfo } from 'graphql';
import { AuthChecker, Authorized, Extensions } from 'type-graphql';
import { AppError, forbidden, passwordChangeRequired, unauthenticated } from '../errors';
import type { Caller } from './caller';

/** What the guard reads from a request's context (context.ts builds it). */
export interface GuardContext {
  caller: Caller | null;
  authError: AppError | null;
}
type Context = GuardContext;

/** What a schema field declares about who may use it (read back by tests and the middleware). */
export interface GuardExtension {
  /** A capability from the shared permission table, or 'public' for sign-up/sign-in. */
  guard: Permission | 'public';
  /** The few operations a user with a temporary password may still call. */
  allowDuringPasswordChange?: boolean;
  /** The few operations a member who must enrol a second factor may still call (organization policy). */
  allowDuringMfaEnrollment?: boolean;
  /** When the organization requires a second factor, only a session that passed it may do this. */
  requiresMfaSession?: boolean;
  /**
   * Operations that need a signed-in session although their permission is open to API keys
   * (account operations, creating a key). Permissions closed to keys are in
   * API_KEY_PERMISSIONS (shared/src/permissions.ts).
   */
  sessionOnly?: boolean;
  /** Field guards answer null instead of an error. */
  hidden?: 'null';
  /** A field guard's check, once per row (applyGuards wraps the field's resolver with it). */
  visible?: (root: unknown, context: GuardContext) => boolean;
}

type Decorator = MethodDecorator & PropertyDecorator;

/** How the caller authenticated. Anything but a session is treated as an API key (deny by default). */
function credentialOf(caller: Pick<Caller, 'sessionId'>): Credential {
  return caller.sessionId ? 'session' : 'apiKey';
}

/** Whether the caller may use a permission: their role has it and, for an API key, the key table allows it. */
export function callerCan(caller: Pick<Caller, 'role' | 'sessionId'>, permission: Permission): boolean {
  return can(caller.role, permission, credentialOf(caller));
}

const NEEDS_SESSION = 'This needs a signed-in session, not an API key';

function combine(...decorators: Array<MethodDecorator | PropertyDecorator>): Decorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const d of decorators) (d as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, key, descriptor);
  }) as Decorator;
}

/**
 * An operation that needs a capability. The authChecker below decides; the extension makes
 * the rule visible on the built schema so a test can prove every operation has one.
 */
export function Guard(permission: Permission, options: GuardRule = {}): Decorator {
  const ext: GuardExtension = { guard: permission, ...options };
  return combine(Authorized(permission), Extensions(ext as unknown as Record<string, unknown>));
}

/** An operation anyone may call without a token (sign-up, sign-in, refresh). */
export function Public(): Decorator {
  const ext: GuardExtension = { guard: 'public' };
  return combine(Extensions(ext as unknown as Record<string, unknown>));
}

/**
 * A field only some viewers may read: others get null. `self` lets a viewer always see
 * their own value (a guest sees their own email).
 */
export function Visible<T>(permission: Permission, self?: (root: T, ctx: Context) => boolean): Decorator {
  const visible = (root: unknown, context: Context): boolean => {
    const caller = context.caller;
    if (!caller) return false;
    // a session stuck on a temporary password or on the second-factor policy sees only itself
    if (isRestricted(caller)) return !!self?.(root as T, context);
    if (self?.(root as T, context)) return true;
    return (root as { organizationId?: string }).organizationId === caller.organizationId && callerCan(caller, permission);
  };
  const ext: GuardExtension = { guard: permission, hidden: 'null', visible };
  return combine(Extensions(ext as unknown as Record<string, unknown>));
}

function fieldOf(info: GraphQLResolveInfo): GraphQLField<unknown, unknown> | undefined {
  return info.parentType.getFields()[info.fieldName];
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** What an operation allows beyond its permissions (read from the field's GuardExtension). */
export interface GuardRule {
  allowDuringPasswordChange?: boolean;
  allowDuringMfaEnrollment?: boolean;
  sessionOnly?: boolean;
  requiresMfaSession?: boolean;
}

const mfaEnrollmentRequired = () =>
  new AppError(
    ErrorCode.MfaEnrollmentRequired,
    'This organization requires two-factor sign-in. Set it up (startTotpEnrollment, then confirmTotpEnrollment) before doing anything else.',
  );

/** Until the temporary password is replaced or the second factor enrolled, a session sees only its own account. */
export function isRestricted(caller: Caller): boolean {
  return caller.mustChangePassword || !!caller.mfaEnrollmentRequired;
}

/**
 * The one guard path, for GraphQL operations (authChecker below) and for other HTTP routes
 * (the CSV export): authenticated, not stuck on a temporary password, a session where the
 * operation needs one, and allowed by the permission table. Throws the typed error.
 */
export function assertAllowed(context: GuardContext, permissions: readonly Permission[], rule: GuardRule = {}): Caller {
  const caller = context.caller;
  if (!caller) throw context.authError ?? unauthenticated();
  if (caller.mustChangePassword && !rule.allowDuringPasswordChange) throw passwordChangeRequired();
  if (caller.mfaEnrollmentRequired && !rule.allowDuringMfaEnrollment) throw mfaEnrollmentRequired();
  if (rule.requiresMfaSession && caller.requireMfa && !caller.mfaPassed) {
    throw new AppError(
      ErrorCode.MfaRequired,
      'This organization requires two-factor sign-in for this: sign in again and complete the second factor (completeMfaLogIn).',
    );
  }
  if (credentialOf(caller) === 'apiKey') {
    // the key table first: a key is refused what it may never do, whatever its member's role
    if (rule.sessionOnly) throw forbidden(`${NEEDS_SESSION}: sign in with your password to manage the account.`);
    if (!permissions.every((p) => API_KEY_PERMISSIONS.has(p))) {
      throw forbidden(
        `${NEEDS_SESSION}: an API key can call the platform (spend, read, resources, billing), not manage members, roles, ownership, keys or the organization. Sign in with your password for this.`,
      );
    }
  }
  if (permissions.every((p) => can(caller.role, p))) return caller;
  throw forbidden(
    caller.role === 'GUEST'
      ? 'Guests have read-only access: ask an owner or admin for a higher role.'
      : `Your role (${caller.role}) does not allow this action.`,
  );
}

/**
 * The one authChecker: assertAllowed with the rule the field declares. The restrictions
 * (temporary password, second-factor policy) apply to root operations and to the few guarded
 * fields below them (organization-level data reached through viewer, such as the balance).
 */
export const authChecker: AuthChecker<Context, Permission> = ({ context, info }, permissions) => {
  const ext = (fieldOf(info)?.extensions ?? {}) as Partial<GuardExtension>;
  assertAllowed(context, permissions, {
    allowDuringPasswordChange: ext.allowDuringPasswordChange,
    allowDuringMfaEnrollment: ext.allowDuringMfaEnrollment,
    sessionOnly: ext.sessionOnly,
    requiresMfaSession: ext.requiresMfaSession,
  });
  return true;
};

/**
 * Applied once to the built schema (schema.ts), instead of a middleware on every field:
 * - deny by default: a root operation without a declared guard is refused at run time too;
 * - a field guard (`@Visible`) checks its row once, synchronously, and answers null for others.
 * Operation guards (`@Guard`) are TypeGraphQL's authChecker on the root field: once per operation.
 */
export function applyGuards(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = ROOT_TYPES.has(type.name);
    for (const field of Object.values(type.getFields())) {
      const ext = (field.extensions ?? {}) as Partial<GuardExtension>;
      if (root && !ext.guard) {
        field.resolve = () => {
          throw forbidden('This operation has no access rule and is refused.');
        };
        continue;
      }
      const visible = ext.visible;
      if (!visible) continue;
      const inner = field.resolve ?? defaultFieldResolver;
      field.resolve = (rowValue, args, context: Context, info) =>
        visible(rowValue, context) ? inner(rowValue, args, context, info) : null;
    }
  }
  return schema;
}
