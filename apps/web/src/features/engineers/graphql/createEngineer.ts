import { graphql } from '../../../gql';

export const CreateEngineerMutation = graphql(`
  mutation CreateEngineer($input: CreateEngineerInput!) {
    createEngineer(input: $input) {
      ...EngineerFields
    }
  }
`);
