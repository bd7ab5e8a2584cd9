import { registerEnumType } from 'type-graphql';

export enum CreditTransactionKind {
  TOP_UP = 'TOP_UP',
  USAGE = 'USAGE',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(CreditTransactionKind, {
  name: 'CreditTransactionKind',
  description: 'TOP_UP adds credits, USAGE spends them (an API call), ADJUSTMENT corrects the balance.',
});
