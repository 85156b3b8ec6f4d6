import { graphql } from '../../../gql';

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($userId: ID!) {
    reactivateMember(userId: $userId) {
      id
      status
      deactivatedAt
    }
  }
`);
