import { graphql } from '../../../gql';

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
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
