import { graphql } from '../../../gql';

export const RequestLimitsFields = graphql(`
  fragment RequestLimitsFields on RequestLimits {
    currency
    autoApproveMicros
    autoApprovePerPeriodMicros
    hrApprovalAboveMicros
    giftLimitBp
    updatedAt
  }
`);
