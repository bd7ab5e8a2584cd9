import { Field, InputType } from 'type-graphql';
import { ResourceKind } from './resource.enums';

@InputType('CreateResourceInput')
export class CreateResourceInput {
  @Field(() => ResourceKind) kind: ResourceKind;
  @Field({ description: '1 to 200 characters.' }) name: string;
}
