import { graphql } from '../../../gql';

export const EvaluateAlertsMutation = graphql(`
  mutation EvaluateAlerts {
    evaluateAlerts
  }
`);
