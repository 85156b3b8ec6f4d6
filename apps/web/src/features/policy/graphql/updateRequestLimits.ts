import { graphql } from '../../../gql';

export const UpdateRequestLimitsMutation = graphql(`
  mutation UpdateRequestLimits($input: RequestLimitsInput!) {
    updateRequestLimits(input: $input) {
      ...RequestLimitsFields
    }
  }
`);
