import { graphql } from '../../../gql';

export const AccountingPeriodsQuery = graphql(`
  query AccountingPeriods {
    accountingPeriods {
      month
      status
      closedAt
      closable
    }
  }
`);
