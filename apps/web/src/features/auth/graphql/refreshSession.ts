import { graphql } from '../../../gql';

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...AuthPayloadFields
    }
  }
`);
