import { graphql } from '../../../gql';

/** Requests waiting for the signed-in member's decision, each with the engineer's budget now. */
export const ApprovalQueueQuery = graphql(`
  query ApprovalQueue {
    me {
      id
      company {
        id
        currency
      }
    }
    increaseRequests(scope: "TO_APPROVE") {
      ...IncreaseRequestFields
      engineerBudget {
        ...EngineerBudgetFields
      }
    }
  }
`);
