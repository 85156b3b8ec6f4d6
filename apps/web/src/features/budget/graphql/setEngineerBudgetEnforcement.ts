import { graphql } from '../../../gql';

export const SetEngineerBudgetEnforcementMutation = graphql(`
  mutation SetEngineerBudgetEnforcement($engineerId: ID!, $enforcement: String) {
    setEngineerBudgetEnforcement(engineerId: $engineerId, enforcement: $enforcement) {
      engineerId
      enforcement
      availableMicros
    }
  }
`);
