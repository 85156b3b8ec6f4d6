import { graphql } from '../../../gql';

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
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
