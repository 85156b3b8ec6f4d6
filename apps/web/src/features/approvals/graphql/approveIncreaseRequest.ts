import { graphql } from '../../../gql';

export const ApproveIncreaseRequestMutation = graphql(`
  mutation ApproveIncreaseRequest($id: ID!, $comment: String) {
    approveIncreaseRequest(id: $id, comment: $comment) {
      ...IncreaseRequestFields
    }
  }
`);
