import { graphql } from '../../../gql';

/**
 * A team's burn for the current period: summary, who runs out first, a page of the engineers' table (the
 * server filters, sorts and pages), the cumulative line, spend by model and tool.
 */
export const TeamBurnQuery = graphql(`
  query TeamBurn(
    $teamId: ID!
    $sort: BurnSort!
    $descending: Boolean!
    $search: String!
    $show: BurnShow!
    $offset: Int!
    $limit: Int
  ) {
    teamBurn(teamId: $teamId) {
      teamId
      teamName
      currency
      periodStart
      periodEnd
      asOf
      allowancePerPerson
      summary {
        engineers
        allowanceMicros
        accruedMicros
        spentMicros
        heldMicros
        availableMicros
        burn7Micros
        burn30Micros
        runningOut
        underUse
        inOverage
        overageMicros
        lastWeekMicros
        weekBeforeMicros
        weekOverWeekBp
      }
      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 10) {
        matching
        rows {
          ...EngineerBurnFields
        }
      }
      engineers(
        sort: $sort
        descending: $descending
        search: $search
        show: $show
        offset: $offset
        limit: $limit
      ) {
        matching
        offset
        rows {
          ...EngineerBurnFields
        }
      }
      points {
        date
        accruedMicros
        spentMicros
      }
      byModel {
        key
        costMicros
        events
        unpricedEvents
        unpricedTokens
      }
      bySource {
        key
        costMicros
        events
        unpricedEvents
        unpricedTokens
      }
    }
  }
`);
