import { graphql } from '../../../gql';

/** What the signed-in engineer has available now (fails for a member who is not an engineer). */
export const MyAvailableQuery = graphql(`
  query MyAvailable {
    budget {
      engineerId
      currency
      allowanceMicros
      spentMicros
      availableMicros
      runsOutOn
    }
  }
`);
