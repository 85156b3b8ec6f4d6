import { graphql } from '../../../gql';

export const RequestLimitsQuery = graphql(`
  query RequestLimits {
    requestLimits {
      ...RequestLimitsFields
    }
  }
`);
