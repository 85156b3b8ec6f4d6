import { graphql } from '../../../gql';

export const CloseAccountingPeriodMutation = graphql(`
  mutation CloseAccountingPeriod($month: String!) {
    closeAccountingPeriod(month: $month) {
      month
      status
      closedAt
      closable
    }
  }
`);
