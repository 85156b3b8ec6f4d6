import { graphql } from '../../../gql';

/** What every list of increase requests shows. */
export const IncreaseRequestFields = graphql(`
  fragment IncreaseRequestFields on IncreaseRequest {
    id
    engineerId
    engineerName
    amountMicros
    kind
    reason
    status
    needsHr
    approvedBy
    source
    managerComment
    decisionComment
    createdAt
    decidedAt
    canDecide
    pendingReason {
      code
      message
    }
  }
`);
