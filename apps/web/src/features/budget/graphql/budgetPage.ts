import { graphql } from '../../../gql';

/** Everything the budget page shows: figures, the period's days and usage, the latest events. */
export const BudgetPageQuery = graphql(`
  query BudgetPage($engineerId: ID, $limit: Int!) {
    budget(engineerId: $engineerId) {
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
    usageSummary(engineerId: $engineerId) {
      currency
      from
      to
      days {
        day
        accruedMicros
        spentToDateMicros
        remainingMicros
        costMicros
        events
      }
      byModel {
        ...UsageByKeyFields
      }
      bySource {
        ...UsageByKeyFields
      }
    }
    recentUsage(engineerId: $engineerId, limit: $limit) {
      id
      occurredAt
      source
      provider
      model
      inputTokens
      outputTokens
      cacheReadTokens
      cacheWriteTokens
      costMicros
      currency
      unpriced
    }
  }
`);

export const UsageByKeyFields = graphql(`
  fragment UsageByKeyFields on UsageByKey {
    key
    events
    inputTokens
    outputTokens
    costMicros
    unpricedEvents
    unpricedTokens
  }
`);
