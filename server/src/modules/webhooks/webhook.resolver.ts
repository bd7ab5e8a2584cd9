import { Permission } from '@orgpulse/shared';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import { Guard } from '../../common/auth/guard';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { CreatedWebhookEndpoint, CreateWebhookEndpointInput, WebhookDeliveryConnection } from './webhook.types';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Guard(Permission.WebhooksManage, { sessionOnly: true })
  @Query(() => [WebhookEndpoint], { description: "The organization's webhook endpoints, newest first." })
  webhookEndpoints(@Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.webhooks.list(caller);
  }

  @Guard(Permission.WebhooksManage, { sessionOnly: true })
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's deliveries, newest first." })
  webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.webhooks.deliveries(caller, endpointId, { first, after });
  }

  @Guard(Permission.WebhooksManage, { sessionOnly: true })
  @Mutation(() => CreatedWebhookEndpoint, { description: 'Add an endpoint. The signing secret is returned only once.' })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.webhooks.create(caller, input);
  }

  @Guard(Permission.WebhooksManage, { sessionOnly: true })
  @Mutation(() => Boolean, { description: 'Delete an endpoint and its delivery log.' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.webhooks.delete(caller, id);
  }

  @Guard(Permission.WebhooksManage, { sessionOnly: true })
  @Mutation(() => CreatedWebhookEndpoint, { description: 'Replace the signing secret (the old one stops at once). Shown only once.' })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.webhooks.rotateSecret(caller, id);
  }

  @Guard(Permission.WebhooksManage, { sessionOnly: true })
  @Mutation(() => WebhookDelivery, { description: 'Queue a webhook.test delivery to the endpoint.' })
  sendTestWebhook(@Arg('endpointId', () => ID) endpointId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.webhooks.sendTest(caller, endpointId);
  }

  @Guard(Permission.WebhooksManage, { sessionOnly: true })
  @Mutation(() => WebhookDelivery, { description: 'Send a delivery again (same webhook-id), with a fresh retry window.' })
  redeliverWebhook(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.webhooks.redeliver(caller, deliveryId);
  }
}
