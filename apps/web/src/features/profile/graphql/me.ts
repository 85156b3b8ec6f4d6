import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      roles
      createdAt
      company {
        id
        name
        currency
        createdAt
      }
    }
  }
`);
