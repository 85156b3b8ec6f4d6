import { graphql } from '../../../gql';

export const RequestIncreaseMutation = graphql(`
  mutation RequestIncrease($input: RequestIncreaseInput!) {
    requestIncrease(input: $input) {
      ...IncreaseRequestFields
    }
  }
`);
