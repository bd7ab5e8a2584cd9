import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';
import { applyGuards, authChecker } from './common/auth/guard';
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

export function buildAppSchema(): GraphQLSchema {
  if (cached) return cached;
  cached = applyGuards(
    buildSchemaSync({
      resolvers: RESOLVERS,
      authChecker,
      authMode: 'error',
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      orphanedTypes: [],
      validate: false,
      emitSchemaFile: false,
      pubSub: NO_TOPICS_PUBSUB,
    }),
  );
  // make sure the Credits scalar exists even before a module uses it
  void CreditsScalar;
  return cached;
}

/** The SDL committed as server/schema.graphql. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema()));
}
