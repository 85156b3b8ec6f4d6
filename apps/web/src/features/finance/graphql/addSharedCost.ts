import { graphql } from '../../../gql';

export const AddSharedCostMutation = graphql(`
  mutation AddSharedCost($input: AddSharedCostInput!) {
    addSharedCost(input: $input) {
      ...SharedCostFields
    }
  }
`);
