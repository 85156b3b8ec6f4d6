import { graphql } from '../../../gql';

/**
 * The finance home: this month's spend against the allowances granted by cost centre, the last 12 months,
 * the open items of the close checklist and the last closed month with its statements.
 */
export const FinanceHomeQuery = graphql(`
  query FinanceHome {
    financeHome {
      month
      currency
      spentMicros
      grantedMicros
      byCostCentre {
        costCentre
        spentMicros
        grantedMicros
      }
      trend {
        month
        totalMicros
      }
      openCloseItems {
        ...CloseItemFields
      }
      lastClosed {
        month
        closedAt
        totalMicros
        statements {
          ...StatementSummaryFields
        }
      }
    }
  }
`);
