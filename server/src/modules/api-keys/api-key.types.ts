import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';

@ObjectType('CreatedApiKey', { description: 'A new key and its secret. The secret is shown only this once: store it now.' })
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'Send as `Authorization: Bearer <secret>`.' }) secret: string;
}
