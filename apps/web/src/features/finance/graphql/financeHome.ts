import { graphql } from '../../../gql';

/**
 * The finance home: this month's spend against the allowances granted by cost centre, the last 12 months,
 * the next close's checklist and the last closed month with its statements.
 */
export const FinanceHomeQuery = graphql(`
  query FinanceHome {
    financeHome {
      month
      currency
      mode
      allocationProblem
      byCostCentre {
        costCentre
        spentMicros
        grantedMicros
      }
      trend {
        month
        totalMicros
        closed
      }
      nextClose {
        month
        closed
        openItems
        items {
          ...CloseItemFields
        }
      }
      lastClosed {
        period
        totalMicros
        teams {
          ...StatementSummaryFields
        }
        costCentres {
          ...StatementSummaryFields
        }
      }
    }
  }
`);
