import { graphql } from '../../../gql';

/** The signed-in engineer's own row, exactly as their manager's team burn shows it. */
export const MyBurnQuery = graphql(`
  query MyBurn {
    myBurn {
      ...EngineerBurnFields
    }
  }
`);
