import { graphql } from '../../../gql';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      companyName
      roles
      expiresAt
    }
  }
`);
