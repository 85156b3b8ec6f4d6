import { graphql } from '../../../gql';

/** The signed-in engineer's requests, with what they have available now and the company currency. */
export const MyIncreaseRequestsQuery = graphql(`
  query MyIncreaseRequests {
    me {
      id
      company {
        id
        currency
      }
    }
    increaseRequests(scope: "MINE") {
      ...IncreaseRequestFields
    }
  }
`);
