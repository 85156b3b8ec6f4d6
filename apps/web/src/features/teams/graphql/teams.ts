import { graphql } from '../../../gql';

export const TeamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
      parentId
      costCentre
      managerUserId
      managerName
      engineerCount
    }
  }
`);
