import { graphql } from '../../../gql';

export const MoveAllowanceMutation = graphql(`
  mutation MoveAllowance($input: MoveAllowanceInput!) {
    moveAllowance(input: $input) {
      ...TransferFields
    }
  }
`);
