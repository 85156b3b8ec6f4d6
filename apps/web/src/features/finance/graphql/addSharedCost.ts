import { graphql } from '../../../gql';

export const AddSharedCostMutation = graphql(`
  mutation AddSharedCost($input: SharedCostInput!) {
    addSharedCost(input: $input) {
      ...SharedCostFields
    }
  }
`);
