import { graphql } from '../../../gql';

export const SetEndDateMutation = graphql(`
  mutation SetEndDate($input: SetEndDateInput!) {
    setEndDate(input: $input) {
      ...EngineerFields
    }
  }
`);
