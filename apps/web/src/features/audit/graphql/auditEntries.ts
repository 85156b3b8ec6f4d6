import { graphql } from '../../../gql';

export const AuditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditFilterInput) {
    auditEntries(filter: $filter) {
      id
      createdAt
      actorEmail
      action
      entityType
      entityId
      before
      after
      changes {
        field
        before
        after
      }
    }
  }
`);
