import { graphql } from '../../../gql';

/** The signed-in engineer's budget figures for the home page: what is left, the pace, the run-out date. */
export const DashboardBudgetQuery = graphql(`
  query DashboardBudget {
    budget {
      engineerId
      currency
      periodStart
      periodEnd
      allowanceMicros
      accruedMicros
      spentMicros
      heldMicros
      availableMicros
      poolAvailableMicros
      overageMicros
      enforcement
      dailyBurnMicros
      paceBp
      runsOutOn
    }
  }
`);
