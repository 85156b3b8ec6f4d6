import { graphql } from '../../../gql';

export const MoveEngineerMutation = graphql(`
  mutation MoveEngineer($input: MoveEngineerInput!) {
    moveEngineer(input: $input)
  }
`);
