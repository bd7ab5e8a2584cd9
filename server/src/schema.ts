import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';
import { applyGuards, authChecker } from './common/auth/guard';
import { directFieldResolvers, directPlainFields } from './common/direct-resolvers';
import { CreditsScalar, DateTimeScalar } from './common/scalars';
import { MemberAllowanceResolver } from './modules/credits/allowance.resolver';
import { ApiKeyResolver } from './modules/api-keys/api-key.resolver';
import { AuditConnectionResolver, AuditResolver } from './modules/audit/audit.resolver';
import { AccountResolver, PublicAuthResolver } from './modules/auth/auth.resolver';
import { CreditBalanceResolver, CreditsResolver, OrganizationCreditsResolver } from './modules/credits/credits.resolver';
import { SpendResolver } from './modules/credits/spend.resolver';
import { MemberResolver } from './modules/members/member.resolver';
import { OrganizationResolver } from './modules/organizations/organization.resolver';
import { ResourceResolver } from './modules/resources/resource.resolver';
import { AccessReviewResolver } from './modules/review/review.resolver';
import { UsageResolver } from './modules/usage/usage.resolver';
import { WebhookResolver } from './modules/webhooks/webhook.resolver';
import { UserResolver } from './modules/users/user.resolver';
import { LiveResolver } from './modules/live/live.resolver';
import { NO_TOPICS_PUBSUB } from './modules/live/live.stream';

/** Every resolver. A module adds its resolvers here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL's own type for resolver classes
const RESOLVERS: NonEmptyArray<Function> = [
  PublicAuthResolver,
  AccountResolver,
  OrganizationResolver,
  MemberResolver,
  MemberAllowanceResolver,
  AuditResolver,
  AuditConnectionResolver,
  CreditsResolver,
  OrganizationCreditsResolver,
  CreditBalanceResolver,
  SpendResolver,
  UsageResolver,
  ResourceResolver,
  ApiKeyResolver,
  WebhookResolver,
  UserResolver,
  LiveResolver,
  AccessReviewResolver,
];

let cached: GraphQLSchema | null = null;
let direct: readonly string[] = [];

export function buildAppSchema(): GraphQLSchema {
  if (cached) return cached;
  const built = buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    orphanedTypes: [],
    validate: false,
    emitSchemaFile: false,
    pubSub: NO_TOPICS_PUBSUB,
  });
  // field resolvers of the row and the context: called directly, not through TypeGraphQL's per-call wrapper
  direct = [...directFieldResolvers(built), ...directPlainFields(built)];
  cached = applyGuards(built);
  // make sure the Credits scalar exists even before a module uses it
  void CreditsScalar;
  return cached;
}

/** The SDL committed as server/schema.graphql. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema()));
}

/** The fields whose resolvers are called directly (common/direct-resolvers.ts), as `Type.field`. */
export function directlyResolvedFields(): readonly string[] {
  buildAppSchema();
  return direct;
}
