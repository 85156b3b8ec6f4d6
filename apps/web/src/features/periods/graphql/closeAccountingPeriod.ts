import { graphql } from '../../../gql';

export const CloseAccountingPeriodMutation = graphql(`
  mutation CloseAccountingPeriod($month: String!, $reason: String) {
    closeAccountingPeriod(month: $month, reason: $reason) {
      month
      status
      closedAt
      closable
    }
  }
`);
