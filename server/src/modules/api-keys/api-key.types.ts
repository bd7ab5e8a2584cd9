import { Field, Int, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';

@ObjectType('CreatedApiKey', { description: 'A new key and its secret. The secret is shown only this once: store it now.' })
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'Send as `Authorization: Bearer <secret>`.' }) secret: string;
}

@ObjectType('ApiKeyRateLimit', { description: "The key's query-cost budget in the current window (docs/api/rate-limits.md)." })
export class ApiKeyRateLimit {
  @Field(() => Int, { description: 'Query cost counted against the key in this window.' }) used: number;
  @Field(() => Int, { description: 'The budget per window.' }) limit: number;
  @Field({ description: 'When the window ends and the count starts again.' }) resetAt: Date;
}
