import { graphql } from '../../../gql';

/** Whether managers see their reports' own allowance figures (a company setting), with its consequence. */
export const AllowanceSightQuery = graphql(`
  query AllowanceSight {
    allowanceSight {
      managersSeeAllowances
      groupMinimum
      consequence
    }
  }
`);

export const SetManagersSeeAllowancesMutation = graphql(`
  mutation SetManagersSeeAllowances($enabled: Boolean!) {
    setManagersSeeAllowances(enabled: $enabled) {
      managersSeeAllowances
      groupMinimum
      consequence
    }
  }
`);
