import { graphql } from '../../../gql';

export const EngineerQuery = graphql(`
  query Engineer($id: ID!) {
    engineer(id: $id) {
      engineer {
        ...EngineerFields
      }
      teamHistory {
        teamId
        teamName
        effectiveFrom
        effectiveTo
      }
      payHistory {
        annualMicros
        currency
        effectiveFrom
      }
      allowance {
        periodStart
        periodEnd
        annualMicros
        periodTotalMicros
        accruedMicros
        balanceMicros
        currency
        override {
          effectiveFrom
          basisKind
          ratioBp
          annualMicros
          topUpMicros
          reason
        }
        schedule {
          month
          grantDate
          amountMicros
          daysCovered
          daysInMonth
          posted
          postedMicros
          adjustmentMicros
        }
      }
      ledgerEntries {
        id
        kind
        amountMicros
        effectiveAt
        memo
        reference
      }
    }
  }
`);
