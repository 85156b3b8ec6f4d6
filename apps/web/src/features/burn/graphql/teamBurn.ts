import { graphql } from '../../../gql';

/** A team's burn for the current period: summary, a row per engineer, the cumulative line, spend by model and tool. */
export const TeamBurnQuery = graphql(`
  query TeamBurn($teamId: ID!) {
    teamBurn(teamId: $teamId) {
      teamId
      teamName
      currency
      periodStart
      periodEnd
      asOf
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
        lastWeekMicros
        weekBeforeMicros
        weekOverWeekBp
      }
      engineers {
        ...EngineerBurnFields
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
      }
      bySource {
        key
        costMicros
        events
      }
    }
  }
`);
