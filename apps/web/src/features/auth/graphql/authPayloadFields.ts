import { graphql } from '../../../gql';

export const AuthPayloadFieldsFragment = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    user {
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
        timeZone
        today
      }
    }
  }
`);
