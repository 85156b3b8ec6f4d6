import { graphql } from '../../../gql';

export const EngineerFields = graphql(`
  fragment EngineerFields on Engineer {
    id
    name
    email
    title
    level
    location
    teamId
    teamName
    status
    startDate
    endDate
    basePay {
      annualMicros
      currency
      effectiveFrom
    }
    annualAllowanceMicros
  }
`);
