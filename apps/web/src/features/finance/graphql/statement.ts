import { graphql } from '../../../gql';

/** One statement in full: spend by engineer, model, provider, tool and category, allowances, adjustments. */
export const StatementQuery = graphql(`
  query Statement($period: String!, $kind: StatementKind!, $key: String!) {
    statement(period: $period, kind: $kind, key: $key) {
      ...StatementSummaryFields
      period
      months
      currency
      closed
      byEngineer {
        key
        name
        costMicros
      }
      byModel {
        key
        name
        costMicros
      }
      byProvider {
        key
        name
        costMicros
      }
      byTool {
        key
        name
        costMicros
      }
      byCategory {
        key
        name
        costMicros
      }
      allowances {
        engineerId
        engineerName
        grantedMicros
        spentMicros
        overageMicros
        utilisationBp
        leaver
      }
      overageMicros
      adjustments {
        originalMonth
        engineerId
        engineerName
        costMicros
      }
    }
  }
`);
