import { graphql } from '../../../gql';

export const ClosePeriodMutation = graphql(`
  mutation ClosePeriod($input: ClosePeriodInput!) {
    closePeriod(input: $input) {
      month
      closedAt
      reason
      totalMicros
      mailed
      checklist {
        ...CloseItemFields
      }
    }
  }
`);
