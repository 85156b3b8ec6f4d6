import { graphql } from '../../../gql';

export const TransferFields = graphql(`
  fragment TransferFields on Transfer {
    id
    fromKind
    fromOwnerId
    fromName
    toKind
    toOwnerId
    toName
    amountMicros
    memo
    at
  }
`);
