import { graphql } from '../../../gql';

export const UpdateAllowancePolicyMutation = graphql(`
  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {
    updateAllowancePolicy(input: $input) {
      ...AllowancePolicyFields
    }
  }
`);
