import { graphql } from '../../../gql';

export const RunAccrualsMutation = graphql(`
  mutation RunAccruals {
    runAccruals {
      engineers
      granted
      expired
      forfeited
    }
  }
`);
