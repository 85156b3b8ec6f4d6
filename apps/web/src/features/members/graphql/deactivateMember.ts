import { graphql } from '../../../gql';

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($userId: ID!) {
    deactivateMember(userId: $userId) {
      id
      status
      deactivatedAt
    }
  }
`);
