import { graphql } from '../../../gql';

export const AllowancePolicyQuery = graphql(`
  query AllowancePolicy {
    allowancePolicy {
      ...AllowancePolicyFields
    }
  }
`);
