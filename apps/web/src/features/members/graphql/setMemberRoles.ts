import { graphql } from '../../../gql';

export const SetMemberRolesMutation = graphql(`
  mutation SetMemberRoles($input: SetMemberRolesInput!) {
    setMemberRoles(input: $input) {
      id
      roles
      status
    }
  }
`);
