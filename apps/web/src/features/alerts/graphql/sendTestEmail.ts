import { graphql } from '../../../gql';

export const SendTestEmailMutation = graphql(`
  mutation SendTestEmail {
    sendTestEmail {
      sent
      to
      error
    }
  }
`);
