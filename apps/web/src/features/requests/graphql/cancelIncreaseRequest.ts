import { graphql } from '../../../gql';

export const CancelIncreaseRequestMutation = graphql(`
  mutation CancelIncreaseRequest($id: ID!) {
    cancelIncreaseRequest(id: $id) {
      ...IncreaseRequestFields
    }
  }
`);
