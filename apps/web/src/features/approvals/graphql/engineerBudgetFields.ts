import { graphql } from '../../../gql';

export const EngineerBudgetFields = graphql(`
  fragment EngineerBudgetFields on IncreaseRequestBudget {
    currency
    allowanceMicros
    spentMicros
    availableMicros
    dailyBurnMicros
    runsOutOn
    periodEnd
  }
`);
