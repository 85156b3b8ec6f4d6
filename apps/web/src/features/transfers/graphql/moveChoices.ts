import { graphql } from '../../../gql';

/** What a manager may move between: the engineers and teams they see (the server checks the subtree). */
export const MoveChoicesQuery = graphql(`
  query MoveChoices {
    engineers {
      id
      name
      email
      status
      teamId
    }
    teams {
      id
      name
      parentId
      managerUserId
    }
  }
`);
