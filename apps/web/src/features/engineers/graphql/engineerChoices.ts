import { graphql } from '../../../gql';

/** Engineers to choose from in a select: no pay fields. */
export const EngineerChoicesQuery = graphql(`
  query EngineerChoices {
    engineers {
      id
      name
      email
      status
    }
  }
`);
