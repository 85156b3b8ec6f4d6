import { graphql } from '../../../gql';

export const UpdateAlertSettingsMutation = graphql(`
  mutation UpdateAlertSettings($input: UpdateAlertSettingsInput!) {
    updateAlertSettings(input: $input) {
      ...AlertSettingsFields
    }
  }
`);
