import { graphql } from '../../../gql';

export const AlertSettingsFields = graphql(`
  fragment AlertSettingsFields on AlertSettings {
    thresholdsBp
    runOutAlert
    mailEnabled
    webhooksEnabled
    mailConfigured
  }
`);

/** Thresholds, webhook endpoints and how this server sends mail. */
export const AlertsSettingsQuery = graphql(`
  query AlertsSettings {
    alertSettings {
      ...AlertSettingsFields
    }
    webhookEndpoints {
      ...WebhookEndpointFields
    }
    mailSettings {
      from
      configured
      host
    }
  }
`);
