import { graphql } from '../../../gql';

export const MembersQuery = graphql(`
  query Members {
    members {
      id
      email
      name
      roles
      status
      since
      deactivatedAt
    }
  }
`);
