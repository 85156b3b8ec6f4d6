import { graphql } from '../../../gql';

export const RejectIncreaseRequestMutation = graphql(`
  mutation RejectIncreaseRequest($id: ID!, $comment: String!) {
    rejectIncreaseRequest(id: $id, comment: $comment) {
      ...IncreaseRequestFields
    }
  }
`);
