import { graphql } from '../../../gql';

/** The delivery log, newest first. */
export const AlertDeliveriesQuery = graphql(`
  query AlertDeliveries($status: String) {
    alertDeliveries(limit: 200, status: $status) {
      id
      kind
      alertId
      channel
      recipient
      subject
      status
      attempts
      maxAttempts
      nextAttemptAt
      lastError
      createdAt
      sentAt
    }
  }
`);
