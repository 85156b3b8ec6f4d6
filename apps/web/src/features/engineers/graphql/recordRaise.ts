import { graphql } from '../../../gql';

export const RecordRaiseMutation = graphql(`
  mutation RecordRaise($input: RecordRaiseInput!) {
    recordRaise(input: $input) {
      annualMicros
      currency
      effectiveFrom
    }
  }
`);
