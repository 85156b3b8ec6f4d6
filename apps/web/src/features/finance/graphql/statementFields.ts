import { graphql } from '../../../gql';

/** A statement's headline: who it is for and its total against the previous period. */
export const StatementSummaryFields = graphql(`
  fragment StatementSummaryFields on Statement {
    key
    name
    kind
    label
    totalMicros
    previousTotalMicros
    changeMicros
  }
`);
