import { graphql } from '../../../gql';

export const OfferFields = graphql(`
  fragment OfferFields on Offer {
    id
    candidateName
    candidateEmail
    title
    level
    location
    teamId
    teamName
    startDate
    annualPayMicros
    currency
    overrideKind
    overrideRatioBp
    overrideAnnualMicros
    overrideReason
    bonusMicros
    equity
    status
    engineerId
    createdAt
    terms {
      annualAllowanceMicros
      allowanceBasisText
      monthlyMicros
      firstPeriodStart
      firstPeriodEnd
      firstYearMicros
      totalCompMicros
    }
  }
`);
