import { graphql } from '../../../gql';

export const RemoveSharedCostMutation = graphql(`
  mutation RemoveSharedCost($id: ID!) {
    removeSharedCost(id: $id) {
      id
    }
  }
`);
