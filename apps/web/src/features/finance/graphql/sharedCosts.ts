import { graphql } from '../../../gql';

export const SharedCostFields = graphql(`
  fragment SharedCostFields on SharedCost {
    id
    month
    description
    amountMicros
    createdBy
  }
`);

/** Shared-service costs FINANCE entered for a month (allocated by the policy at close). */
export const SharedCostsQuery = graphql(`
  query SharedCosts($month: String!) {
    sharedCosts(month: $month) {
      ...SharedCostFields
    }
  }
`);
