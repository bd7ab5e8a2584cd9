import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook.enums';

@InputType('CreateWebhookEndpointInput')
export class CreateWebhookEndpointInput {
  @Field({ description: 'https:// (http:// outside production), no user name or password, a public address.' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'At least one event.' })
  events: WebhookEventType[];
}

@ObjectType('CreatedWebhookEndpoint', { description: 'An endpoint and its signing secret. The secret is shown only this once.' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint) endpoint: WebhookEndpoint;
  @Field({ description: '`whsec_…`: verify each delivery with it (Standard Webhooks).' }) secret: string;
}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDelivery]) nodes: WebhookDelivery[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
