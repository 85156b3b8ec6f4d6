import { graphql } from '../../../gql';

/** One request (the target of the link in approval mail). */
export const IncreaseRequestQuery = graphql(`
  query IncreaseRequest($id: ID!) {
    me {
      id
      company {
        id
        currency
      }
    }
    increaseRequest(id: $id) {
      ...IncreaseRequestFields
      engineerBudget {
        ...EngineerBudgetFields
      }
    }
  }
`);
