import { graphql } from '../../../gql';

/** The statements of a period (month, quarter or fiscal year): one per team and one per cost centre. */
export const StatementsQuery = graphql(`
  query Statements($period: String!) {
    statements(period: $period) {
      period
      months
      currency
      mode
      closed
      totalMicros
      usageMicros
      adjustmentMicros
      sharedMicros
      unabsorbedMicros
      teams {
        ...StatementSummaryFields
      }
      costCentres {
        ...StatementSummaryFields
      }
    }
  }
`);
