import { graphql } from '../../../gql';

/** Every increase request of the company, newest first (ADMIN and HR). */
export const AllIncreaseRequestsQuery = graphql(`
  query AllIncreaseRequests {
    increaseRequests(scope: "ALL") {
      ...IncreaseRequestFields
    }
  }
`);
