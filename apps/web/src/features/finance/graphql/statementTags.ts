import { graphql } from '../../../gql';

/** A statement's usage by tag (repo=…, project=…): a drill-down, not part of the statement's sums. */
export const StatementTagsQuery = graphql(`
  query StatementTags($period: String!, $kind: StatementKind!, $key: String!) {
    statementTags(period: $period, kind: $kind, key: $key) {
      key
      name
      costMicros
    }
  }
`);
