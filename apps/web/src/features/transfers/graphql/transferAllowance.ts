import { graphql } from '../../../gql';

export const TransferAllowanceMutation = graphql(`
  mutation TransferAllowance($input: TransferAllowanceInput!) {
    transferAllowance(input: $input) {
      ...TransferFields
    }
  }
`);
