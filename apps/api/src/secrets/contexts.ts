/**
 * Where each sealed secret lives: the context is authenticated with the ciphertext, so a sealed value copied
 * to another row, column or company does not open. Every sealed column is listed in SEALED_COLUMNS (the
 * re-wrap after a key rotation walks them).
 */
export function webhookSecretContext(companyId: string, endpointId: string): string {
  return `webhook_endpoints.secret:${companyId}:${endpointId}`;
}

export function ssoClientSecretContext(companyId: string): string {
  return `sso_connections.client_secret:${companyId}`;
}

/** Tenant tables with a sealed column: table, key columns (after company_id) and the sealed column. */
export const SEALED_COLUMNS: { table: string; keys: string[]; column: string }[] = [
  { table: 'webhook_endpoints', keys: ['id'], column: 'secret_sealed' },
  { table: 'sso_connections', keys: [], column: 'client_secret_sealed' },
];
