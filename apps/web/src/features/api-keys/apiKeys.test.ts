import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../app/table/csv';
import {
  API_KEY_CSV_COLUMNS,
  claudeCodeEnv,
  filterKeysByStatus,
  keyOwner,
  readApiKeyForm,
  scopesText,
  settingsJson,
  shellExports,
  type ApiKeyFormValues,
  type ApiKeyRow,
} from './apiKeys';

const key = (overrides: Partial<ApiKeyRow> = {}): ApiKeyRow => ({
  id: 'k1',
  name: 'Laptop',
  prefix: 'tr_live_ab12',
  scopes: ['usage:write', 'budget:read'],
  engineerId: 'e1',
  engineerName: 'Alice Engineer',
  createdAt: '2026-11-01T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

describe('API key rows', () => {
  it('names who a key is for', () => {
    expect(keyOwner(key())).toBe('Alice Engineer');
    expect(keyOwner(key({ engineerId: null, engineerName: null }))).toBe('Company');
    expect(keyOwner(key({ engineerName: null }))).toBe('An engineer');
  });

  it('filters active and revoked keys', () => {
    const keys = [key(), key({ id: 'k2', revokedAt: '2026-11-02T00:00:00.000Z' })];
    expect(filterKeysByStatus(keys, '').map((k) => k.id)).toEqual(['k1', 'k2']);
    expect(filterKeysByStatus(keys, 'active').map((k) => k.id)).toEqual(['k1']);
    expect(filterKeysByStatus(keys, 'revoked').map((k) => k.id)).toEqual(['k2']);
  });

  it('exports the table as CSV, never the secret', () => {
    const csv = buildTableCsv(API_KEY_CSV_COLUMNS, [key({ engineerId: null, engineerName: null })]);
    expect(csv).toBe(
      'Name,Prefix,Scopes,For,Created,Last used,Revoked\r\nLaptop,tr_live_ab12,usage:write budget:read,Company,2026-11-01T10:00:00.000Z,,\r\n',
    );
  });

  it('lists scopes for a sentence', () => {
    expect(scopesText(['usage:write'])).toBe('usage:write');
    expect(scopesText(['usage:write', 'authorize', 'budget:read'])).toBe(
      'usage:write, authorize and budget:read',
    );
  });
});

describe('readApiKeyForm', () => {
  const values = (overrides: Partial<ApiKeyFormValues> = {}): ApiKeyFormValues => ({
    name: ' My laptop ',
    scopes: ['budget:read', 'usage:write'],
    owner: 'self',
    engineerId: '',
    ...overrides,
  });

  it('builds an own key with the scopes in their usual order', () => {
    expect(readApiKeyForm(values())).toEqual({
      input: { name: 'My laptop', scopes: ['usage:write', 'budget:read'] },
      errors: null,
    });
  });

  it('builds a company key or a key for a chosen engineer', () => {
    expect(readApiKeyForm(values({ owner: 'company' })).input).toEqual({
      name: 'My laptop',
      scopes: ['usage:write', 'budget:read'],
      company: true,
    });
    expect(readApiKeyForm(values({ owner: 'engineer', engineerId: 'e9' })).input).toEqual({
      name: 'My laptop',
      scopes: ['usage:write', 'budget:read'],
      engineerId: 'e9',
    });
  });

  it('asks for a name, a scope and the engineer', () => {
    expect(readApiKeyForm(values({ name: ' ', scopes: [], owner: 'engineer' })).errors).toEqual({
      name: 'Name is required',
      scopes: 'Choose at least one scope',
      engineerId: 'Choose the engineer',
    });
    expect(readApiKeyForm(values({ name: 'x'.repeat(101) })).errors).toEqual({
      name: 'Name must be at most 100 characters',
    });
  });

  it('sends a finance:read key alone, as a company key, and refuses mixing it with other scopes', () => {
    expect(readApiKeyForm(values({ scopes: ['finance:read'], owner: 'engineer', engineerId: '' }))).toEqual({
      input: { name: 'My laptop', scopes: ['finance:read'] },
      errors: null,
    });
    expect(readApiKeyForm(values({ scopes: ['finance:read', 'usage:write'] })).errors).toEqual({
      scopes: 'A finance:read key holds no other scope: create a second key for the others',
    });
  });

  describe('Claude Code setup', () => {
    it('points OTLP at <origin>/v1/otlp with the key as a bearer header', () => {
      expect(claudeCodeEnv('https://tokenroll.example.com/', 'tr_secret')).toEqual([
        ['CLAUDE_CODE_ENABLE_TELEMETRY', '1'],
        ['OTEL_METRICS_EXPORTER', 'otlp'],
        ['OTEL_EXPORTER_OTLP_PROTOCOL', 'http/protobuf'],
        ['OTEL_EXPORTER_OTLP_ENDPOINT', 'https://tokenroll.example.com/v1/otlp'],
        ['OTEL_EXPORTER_OTLP_HEADERS', 'Authorization=Bearer tr_secret'],
      ]);
    });

    it('shows a placeholder until a key is created', () => {
      expect(claudeCodeEnv('http://localhost:4200', null)[4]).toEqual([
        'OTEL_EXPORTER_OTLP_HEADERS',
        'Authorization=Bearer <your API key>',
      ]);
    });

    it('writes shell exports with quoted values and a settings.json env block', () => {
      const env = claudeCodeEnv('http://127.0.0.1:3111', 'tr_$x');
      expect(shellExports(env).split('\n')).toEqual([
        'export CLAUDE_CODE_ENABLE_TELEMETRY="1"',
        'export OTEL_METRICS_EXPORTER="otlp"',
        'export OTEL_EXPORTER_OTLP_PROTOCOL="http/protobuf"',
        'export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:3111/v1/otlp"',
        'export OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer tr_\\$x"',
      ]);
      expect(JSON.parse(settingsJson(env))).toEqual({
        env: {
          CLAUDE_CODE_ENABLE_TELEMETRY: '1',
          OTEL_METRICS_EXPORTER: 'otlp',
          OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:3111/v1/otlp',
          OTEL_EXPORTER_OTLP_HEADERS: 'Authorization=Bearer tr_$x',
        },
      });
    });
  });
});
