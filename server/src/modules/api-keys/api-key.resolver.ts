import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { Membership } from '../members';
import { ApiKey } from './api-key.entity';
import { ApiKeyRateLimit, CreatedApiKey } from './api-key.types';
import DataLoader from 'dataloader';

/** One read of the rate-limit store for all the keys of a response. */
const usageLoaders = new WeakMap<Context, DataLoader<string, ApiKeyRateLimit>>();
function usageLoader(ctx: Context): DataLoader<string, ApiKeyRateLimit> {
  let loader = usageLoaders.get(ctx);
  if (!loader) usageLoaders.set(ctx, (loader = new DataLoader((ids) => ctx.services.rateLimiter.keysUsage([...ids]))));
  return loader;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Guard(Permission.ApiKeysOwn)
  @Query(() => [ApiKey], { description: "Your API keys; OWNER/ADMIN see every member's. Newest first." })
  apiKeys(
    @Arg('includeRevoked', () => Boolean, { defaultValue: false }) includeRevoked: boolean,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.apiKeys.list(caller, includeRevoked);
  }

  @Guard(Permission.ApiKeysOwn, { sessionOnly: true, requiresMfaSession: true })
  @Mutation(() => CreatedApiKey, { description: 'Create a key acting as you. The secret is returned only once.' })
  createApiKey(@Arg('name', () => String) name: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.apiKeys.create(caller, name);
  }

  @Guard(Permission.ApiKeysOwn)
  @Mutation(() => ApiKey, { description: "Revoke one of your keys (OWNER/ADMIN: anyone's). It stops working at once." })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.apiKeys.revoke(caller, id);
  }

  @FieldResolver(() => ApiKeyRateLimit, {
    description: "The key's query cost in the current rate-limit window against its budget (seen by whoever may see the key).",
  })
  rateLimit(@Root() k: ApiKey, @Ctx() ctx: Context): Promise<ApiKeyRateLimit> {
    return usageLoader(ctx).load(k.id);
  }

  @FieldResolver(() => Membership, { description: 'The member the key acts as.' })
  async member(@Root() k: ApiKey, @Ctx() ctx: Context): Promise<Membership> {
    return (await ctx.loaders.membership.load(k.membershipId))!;
  }
}
