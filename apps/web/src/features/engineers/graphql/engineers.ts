import { graphql } from '../../../gql';

export const EngineersQuery = graphql(`
  query Engineers {
    engineers {
      ...EngineerFields
    }
  }
`);
