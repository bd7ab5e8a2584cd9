import { registerEnumType } from 'type-graphql';

export enum ResourceKind {
  INSTANCE = 'INSTANCE',
  AGENT = 'AGENT',
}
registerEnumType(ResourceKind, { name: 'ResourceKind', description: 'What a resource is: a model instance or an agent.' });
