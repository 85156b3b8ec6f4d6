import { graphql } from '../../../gql';

export const DefaultBudgetEnforcementQuery = graphql(`
  query DefaultBudgetEnforcement {
    defaultBudgetEnforcement
  }
`);

export const SetDefaultBudgetEnforcementMutation = graphql(`
  mutation SetDefaultBudgetEnforcement($enforcement: String!) {
    setDefaultBudgetEnforcement(enforcement: $enforcement)
  }
`);
