import { graphql } from '../../../gql';

export const CompleteSsoSignInMutation = graphql(`
  mutation CompleteSsoSignIn($input: CompleteSsoSignInInput!) {
    completeSsoSignIn(input: $input) {
      ...AuthPayloadFields
    }
  }
`);
