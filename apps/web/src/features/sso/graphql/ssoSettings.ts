import { graphql } from '../../../gql';

export const SsoSettingsQuery = graphql(`
  query SsoSettings {
    ssoSettings {
      redirectUri
      connection {
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
  }
`);
