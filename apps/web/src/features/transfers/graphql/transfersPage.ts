import { graphql } from '../../../gql';

/** The gift limit, teammates and the history of transfers involving the signed-in member. */
export const TransfersPageQuery = graphql(`
  query TransfersPage {
    me {
      id
      company {
        id
        currency
      }
    }
    transferLimit {
      currency
      periodStart
      periodEnd
      limitBp
      limitMicros
      givenMicros
      availableMicros
      remainingMicros
    }
    teammates {
      id
      name
      email
    }
    transfers {
      ...TransferFields
    }
  }
`);
