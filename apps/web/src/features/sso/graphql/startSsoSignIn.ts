import { graphql } from '../../../gql';

export const StartSsoSignInMutation = graphql(`
  mutation StartSsoSignIn($input: StartSsoSignInInput!) {
    startSsoSignIn(input: $input) {
      authorizationUrl
    }
  }
`);
