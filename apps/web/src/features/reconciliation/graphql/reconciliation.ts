import { graphql } from '../../../gql';

export const ReconciliationQuery = graphql(`
  query Reconciliation($month: String!) {
    reconciliation(month: $month) {
      month
      currency
      closed
      lateCutoff
      toleranceBp
      computedMicros
      invoicedMicros
      differenceMicros
      providers {
        provider
        status
        computedMicros
        invoicedMicros
        differenceMicros
        toleranceMicros
        invoice {
          id
          currency
          amountMicros
          convertedMicros
          source
          enteredAt
          lines {
            lineNo
            model
            amountMicros
          }
        }
        explanation {
          unpricedEvents
          unpricedMicros
          unpricedWithoutEstimate
          unmappedEvents
          unmappedMicros
          lateEvents
          lateMicros
          unexplainedMicros
        }
        models {
          model
          computedMicros
          invoicedMicros
          differenceMicros
          explanation {
            unpricedEvents
            unpricedMicros
            unpricedWithoutEstimate
            unmappedEvents
            unmappedMicros
            lateEvents
            lateMicros
            unexplainedMicros
          }
        }
      }
    }
  }
`);
