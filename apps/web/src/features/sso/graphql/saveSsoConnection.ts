import { graphql } from '../../../gql';

export const SaveSsoConnectionMutation = graphql(`
  mutation SaveSsoConnection($input: SaveSsoConnectionInput!) {
    saveSsoConnection(input: $input) {
      slug
      issuerUrl
      clientId
      allowedDomains
      roleClaim
      roleMappings {
        value
        role
      }
      ssoRequired
      updatedAt
    }
  }
`);
