import { graphql } from '../../../gql';

/** One engineer's row of the team burn: the same fields for the manager's table and "what my manager sees". */
export const EngineerBurnFields = graphql(`
  fragment EngineerBurnFields on EngineerBurn {
    engineerId
    name
    teamId
    allowanceMicros
    accruedMicros
    spentMicros
    heldMicros
    availableMicros
    overageMicros
    inOverage
    burn7Micros
    burn30Micros
    historyDays
    runsOutOn
    earliest
    latest
    confidence
    horizon
    runsOutBeforeHorizon
    underUse
  }
`);
