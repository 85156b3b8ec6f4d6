import { graphql } from '../../../gql';

/** A team's burn at a glance for a home page: the summary, the five who run out first, spend by model. */
export const DashboardTeamBurnQuery = graphql(`
  query DashboardTeamBurn($teamId: ID!) {
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
      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 5) {
        matching
        rows {
          ...EngineerBurnFields
        }
      }
      byModel {
        key
        costMicros
        events
        unpricedEvents
        unpricedTokens
      }
    }
  }
`);
