import fc from 'fast-check';
import {
  decodeLogs,
  decodeMetrics,
  OTLP_MAX_ITEMS_PER_REQUEST,
  OtlpDecodeError,
  type OtlpLogRecord,
  type OtlpMetricPoint,
} from './otlp-decode';
import {
  AnyValueJson,
  KeyValueJson,
  NumberDataPointJson,
  MetricJson,
  MetricsRequestJson,
  LogRecordJson,
  LogsRequestJson,
  encodeMetricsRequest,
  encodeLogsRequest,
} from './otlp-wire.fixture';

const PROTOBUF = 'application/x-protobuf';
const JSON_CT = 'application/json';

/** The same request over every transport the receiver may see. */
function metricsEncodings(req: MetricsRequestJson): [string, () => OtlpMetricPoint[]][] {
  return [
    ['json object', () => decodeMetrics(JSON.parse(JSON.stringify(req)) as object, JSON_CT)],
    ['json string', () => decodeMetrics(JSON.stringify(req), 'application/json; charset=utf-8')],
    ['json buffer', () => decodeMetrics(Buffer.from(JSON.stringify(req)), JSON_CT)],
    ['protobuf', () => decodeMetrics(encodeMetricsRequest(req), PROTOBUF)],
  ];
}
function logsEncodings(req: LogsRequestJson): [string, () => OtlpLogRecord[]][] {
  return [
    ['json object', () => decodeLogs(JSON.parse(JSON.stringify(req)) as object, JSON_CT)],
    ['json string', () => decodeLogs(JSON.stringify(req), 'Application/JSON')],
    ['json buffer', () => decodeLogs(Buffer.from(JSON.stringify(req)), JSON_CT)],
    ['protobuf', () => decodeLogs(encodeLogsRequest(req), PROTOBUF)],
  ];
}

function decodeErrorOf(fn: () => unknown): OtlpDecodeError {
  try {
    fn();
  } catch (err) {
    if (err instanceof OtlpDecodeError) return err;
    throw new Error(`expected an OtlpDecodeError, got ${String(err)}`);
  }
  throw new Error('expected an OtlpDecodeError, but decoding succeeded');
}
function expectDecodeError(fn: () => unknown, field: string, message?: RegExp): void {
  const err = decodeErrorOf(fn);
  expect(err.field).toBe(field);
  if (message) expect(err.message).toMatch(message);
}

// ---------------------------------------------------------------------------------------------
// Claude Code-like payloads

const str = (key: string, stringValue: string): KeyValueJson => ({ key, value: { stringValue } });
const int = (key: string, intValue: string | number): KeyValueJson => ({ key, value: { intValue } });
const dbl = (key: string, doubleValue: number): KeyValueJson => ({ key, value: { doubleValue } });

const CLAUDE_RESOURCE = {
  attributes: [
    str('service.name', 'claude-code'),
    str('service.version', '2.1.0'),
    str('session.id', 'sess-7f3a'),
    str('user.email', 'ada@example.com'),
    str('user.account_uuid', 'acc-1'),
    str('organization.id', 'org-1'),
  ],
};
const RESOURCE_ATTRIBUTES = {
  'service.name': 'claude-code',
  'service.version': '2.1.0',
  'session.id': 'sess-7f3a',
  'user.email': 'ada@example.com',
  'user.account_uuid': 'acc-1',
  'organization.id': 'org-1',
};
const SCOPE = { name: 'com.anthropic.claude_code', version: '2.1.0' };
const T0 = '1767261600000000000'; // 2026-01-01T10:00:00Z, past 2^53: must stay exact
const T1 = '1767261660000000123';

function tokenUsageRequest(temporality: 1 | 2): MetricsRequestJson {
  const point = (type: string, value: number): NumberDataPointJson => ({
    attributes: [str('model', 'claude-sonnet-4-5'), str('type', type)],
    startTimeUnixNano: T0,
    timeUnixNano: T1,
    asDouble: value,
  });
  return {
    resourceMetrics: [
      {
        resource: CLAUDE_RESOURCE,
        scopeMetrics: [
          {
            scope: SCOPE,
            metrics: [
              {
                name: 'claude_code.token.usage',
                description: 'Number of tokens used',
                unit: 'tokens',
                sum: {
                  aggregationTemporality: temporality,
                  isMonotonic: true,
                  dataPoints: [
                    point('input', 1200),
                    point('output', 340),
                    point('cacheRead', 5000),
                    point('cacheCreation', 800),
                  ],
                },
              },
              {
                name: 'claude_code.cost.usage',
                unit: 'USD',
                sum: {
                  aggregationTemporality: temporality,
                  isMonotonic: true,
                  dataPoints: [{ ...point('x', 0.0123), attributes: [str('model', 'claude-sonnet-4-5')] }],
                },
              },
              {
                name: 'claude_code.session.count',
                unit: 'count',
                sum: {
                  aggregationTemporality: temporality,
                  isMonotonic: true,
                  dataPoints: [{ startTimeUnixNano: T0, timeUnixNano: T1, asInt: '1' }],
                },
              },
            ],
          },
        ],
      },
    ],
  };
}

function expectedTokenPoints(temporality: 'DELTA' | 'CUMULATIVE'): OtlpMetricPoint[] {
  const token = (type: string, value: number): OtlpMetricPoint => ({
    metric: 'claude_code.token.usage',
    unit: 'tokens',
    attributes: { ...RESOURCE_ATTRIBUTES, model: 'claude-sonnet-4-5', type },
    startTimeUnixNano: T0,
    timeUnixNano: T1,
    value,
    temporality,
  });
  return [
    token('input', 1200),
    token('output', 340),
    token('cacheRead', 5000),
    token('cacheCreation', 800),
    {
      metric: 'claude_code.cost.usage',
      unit: 'USD',
      attributes: { ...RESOURCE_ATTRIBUTES, model: 'claude-sonnet-4-5' },
      startTimeUnixNano: T0,
      timeUnixNano: T1,
      value: 0.0123,
      temporality,
    },
    {
      metric: 'claude_code.session.count',
      unit: 'count',
      attributes: { ...RESOURCE_ATTRIBUTES },
      startTimeUnixNano: T0,
      timeUnixNano: T1,
      value: 1,
      temporality,
    },
  ];
}

/** One metric, one counter data point: the smallest request, for the malformed cases. */
function oneCounter(
  dp: NumberDataPointJson,
  sum: Partial<NonNullable<MetricJson['sum']>> = {},
): MetricsRequestJson {
  return {
    resourceMetrics: [
      {
        scopeMetrics: [
          {
            metrics: [
              {
                name: 'claude_code.session.count',
                sum: { aggregationTemporality: 2, dataPoints: [{ timeUnixNano: T1, asInt: 1 }] },
              },
              {
                name: 'claude_code.token.usage',
                sum: { aggregationTemporality: 1, dataPoints: [dp], ...sum },
              },
            ],
          },
        ],
      },
    ],
  };
}
const DP1 = 'resourceMetrics[0].scopeMetrics[0].metrics[1].sum.dataPoints[0]';

const apiRequestAttributes = (asStrings: boolean): KeyValueJson[] => [
  str('event.name', 'api_request'),
  str('event.timestamp', '2026-01-01T10:01:00.000Z'),
  str('model', 'claude-sonnet-4-5'),
  asStrings ? str('input_tokens', '1200') : int('input_tokens', 1200),
  asStrings ? str('output_tokens', '340') : int('output_tokens', '340'),
  asStrings ? str('cache_read_tokens', '5000') : int('cache_read_tokens', 5000),
  asStrings ? str('cache_creation_tokens', '800') : int('cache_creation_tokens', '800'),
  asStrings ? str('cost_usd', '0.0123') : dbl('cost_usd', 0.0123),
  int('duration_ms', 2150),
];

function apiRequestLogs(): LogsRequestJson {
  return {
    resourceLogs: [
      {
        resource: CLAUDE_RESOURCE,
        scopeLogs: [
          {
            scope: { name: 'com.anthropic.claude_code.events', version: '2.1.0' },
            logRecords: [
              {
                timeUnixNano: T1,
                observedTimeUnixNano: '1767261660500000000',
                severityNumber: 9,
                severityText: 'INFO',
                body: { stringValue: 'claude_code.api_request' },
                attributes: apiRequestAttributes(true),
                traceId: '5b8efff798038103d269b633813fc60c',
                spanId: 'eee19b7ec3c1b174',
                eventName: 'claude_code.api_request',
              },
              {
                observedTimeUnixNano: '1767261661000000000',
                body: { stringValue: 'claude_code.api_request' },
                attributes: [...apiRequestAttributes(false), str('user.email', 'grace@example.com')],
              },
            ],
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

describe('decodeMetrics', () => {
  it.each([
    [1, 'DELTA'],
    [2, 'CUMULATIVE'],
  ] as const)(
    'decodes Claude Code counters with temporality %i (%s) from JSON and protobuf',
    (t, temporality) => {
      const expected = expectedTokenPoints(temporality);
      for (const [encoding, decode] of metricsEncodings(tokenUsageRequest(t))) {
        expect([encoding, decode()]).toEqual([encoding, expected]);
      }
    },
  );

  it('accepts temporality as the enum name in JSON', () => {
    const req = tokenUsageRequest(1) as unknown as {
      resourceMetrics: { scopeMetrics: { metrics: MetricJson[] }[] }[];
    };
    for (const m of req.resourceMetrics[0].scopeMetrics[0].metrics) {
      (m.sum as unknown as Record<string, unknown>)['aggregationTemporality'] =
        'AGGREGATION_TEMPORALITY_CUMULATIVE';
    }
    expect(decodeMetrics(req, JSON_CT).map((p) => p.temporality)).toEqual(Array(6).fill('CUMULATIVE'));
  });

  it('decodes the official OpenTelemetry JS exporter output (protobuf and JSON alike)', () => {
    const fromProto = decodeMetrics(Buffer.from(OFFICIAL.metricsDeltaProto, 'base64'), PROTOBUF);
    const fromJson = decodeMetrics(OFFICIAL.metricsDeltaJson, JSON_CT);
    expect(fromProto).toEqual(fromJson);
    // The gauge and the histogram in the export are skipped.
    expect(
      fromProto.map((p) => [p.metric, p.attributes['type'] ?? null, p.value, p.unit, p.temporality]),
    ).toEqual([
      ['claude_code.token.usage', 'input', 1200, 'tokens', 'DELTA'],
      ['claude_code.token.usage', 'output', 340, 'tokens', 'DELTA'],
      ['claude_code.token.usage', 'cacheRead', 5000, 'tokens', 'DELTA'],
      ['claude_code.token.usage', 'cacheCreation', 800, 'tokens', 'DELTA'],
      ['claude_code.cost.usage', null, 0.0123, 'USD', 'DELTA'],
      ['claude_code.lines_of_code.count', 'added', 42, '', 'DELTA'], // an INT counter: asInt
    ]);
    expect(fromProto[0].attributes).toEqual({
      'service.name': 'claude-code',
      'service.version': '2.1.0',
      'session.id': 'sess-123',
      'user.email': 'ada@example.com',
      'organization.id': 'org-1',
      model: 'claude-sonnet-4-5',
      type: 'input',
    });
    expect(fromProto[0]).toMatchObject({
      startTimeUnixNano: '1795423074750000000',
      timeUnixNano: '1795423074752000000',
    });

    const cumulative = decodeMetrics(Buffer.from(OFFICIAL.metricsCumulativeProto, 'base64'), PROTOBUF);
    expect(cumulative.map((p) => [p.metric, p.value, p.temporality])).toEqual([
      ['claude_code.token.usage', 1200, 'CUMULATIVE'],
      ['claude_code.token.usage', 340, 'CUMULATIVE'],
      ['claude_code.token.usage', 5000, 'CUMULATIVE'],
      ['claude_code.token.usage', 800, 'CUMULATIVE'],
      ['claude_code.cost.usage', 0.0123, 'CUMULATIVE'],
      ['claude_code.lines_of_code.count', 42, 'CUMULATIVE'],
    ]);
  });

  it('keeps 64-bit times exact, whether strings or numbers, and defaults a missing start time to "0"', () => {
    const req = oneCounter({ timeUnixNano: '18446744073709551615', asInt: '9007199254740991' });
    req.resourceMetrics[0].scopeMetrics[0].metrics[0].sum!.dataPoints[0] = {
      startTimeUnixNano: '000123',
      timeUnixNano: 1767261660000,
      asDouble: 0,
    };
    for (const [encoding, decode] of metricsEncodings(req)) {
      const points = decode().map((p) => [p.startTimeUnixNano, p.timeUnixNano, p.value]);
      expect([encoding, points]).toEqual([
        encoding,
        [
          ['123', '1767261660000', 0],
          ['0', '18446744073709551615', Number.MAX_SAFE_INTEGER],
        ],
      ]);
    }
  });

  it('accepts asInt and asDouble as JSON numbers or strings', () => {
    const pointsOf = (dp: NumberDataPointJson) => decodeMetrics(oneCounter(dp), JSON_CT)[1].value;
    expect(pointsOf({ timeUnixNano: T1, asInt: 17 })).toBe(17);
    expect(pointsOf({ timeUnixNano: T1, asInt: '17' })).toBe(17);
    expect(pointsOf({ timeUnixNano: T1, asDouble: '2.5' })).toBe(2.5);
    expect(pointsOf({ timeUnixNano: T1, asDouble: -0 })).toBe(0);
    expect(Object.is(pointsOf({ timeUnixNano: T1, asDouble: -0 }), 0)).toBe(true);
  });

  it('layers resource, scope and point attributes, the point winning', () => {
    const req: MetricsRequestJson = {
      resourceMetrics: [
        {
          resource: { attributes: [str('user.email', 'resource@example.com'), str('session.id', 's-1')] },
          scopeMetrics: [
            {
              scope: { name: 'x', attributes: [str('session.id', 's-scope'), str('scope.only', 'yes')] },
              metrics: [
                {
                  name: 'claude_code.token.usage',
                  sum: {
                    aggregationTemporality: 1,
                    dataPoints: [
                      {
                        timeUnixNano: T1,
                        asDouble: 1,
                        attributes: [str('user.email', 'point@example.com'), str('type', 'input')],
                      },
                    ],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    for (const [encoding, decode] of metricsEncodings(req)) {
      expect([encoding, decode()[0].attributes]).toEqual([
        encoding,
        { 'user.email': 'point@example.com', 'session.id': 's-scope', 'scope.only': 'yes', type: 'input' },
      ]);
    }
  });

  it('skips gauges and histograms silently', () => {
    const req: MetricsRequestJson = {
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: [
                { name: 'g', gauge: { dataPoints: [{ timeUnixNano: T1, asDouble: -5 }] } },
                {
                  name: 'h',
                  histogram: {
                    aggregationTemporality: 1,
                    dataPoints: [{ timeUnixNano: T1, count: '3', sum: 9 }],
                  },
                },
                {
                  name: 'c',
                  sum: { aggregationTemporality: 2, dataPoints: [{ timeUnixNano: T1, asInt: 4 }] },
                },
              ],
            },
          ],
        },
      ],
    };
    for (const [encoding, decode] of metricsEncodings(req)) {
      expect([encoding, decode().map((p) => [p.metric, p.value])]).toEqual([encoding, [['c', 4]]]);
    }
  });

  it('decodes an empty request (empty body, {}) to no points', () => {
    expect(decodeMetrics(Buffer.alloc(0), PROTOBUF)).toEqual([]);
    expect(decodeMetrics({}, JSON_CT)).toEqual([]);
    expect(decodeMetrics('{"resourceMetrics":[]}', JSON_CT)).toEqual([]);
    expect(decodeMetrics({ resourceMetrics: null }, JSON_CT)).toEqual([]);
  });

  describe('rejects counter values', () => {
    it.each([
      ['NaN', { timeUnixNano: T1, asDouble: NaN }, `${DP1}.asDouble`, /NaN/],
      ['a negative double', { timeUnixNano: T1, asDouble: -1.5 }, `${DP1}.asDouble`, /negative/],
      ['an infinite double', { timeUnixNano: T1, asDouble: Infinity }, `${DP1}.asDouble`, /finite/],
      ['a negative int', { timeUnixNano: T1, asInt: '-3' }, `${DP1}.asInt`, /negative/],
      [
        'an int past 2^53 - 1',
        { timeUnixNano: T1, asInt: '9007199254740992' },
        `${DP1}.asInt`,
        /MAX_SAFE_INTEGER/,
      ],
      [
        'the largest int64',
        { timeUnixNano: T1, asInt: '9223372036854775807' },
        `${DP1}.asInt`,
        /MAX_SAFE_INTEGER/,
      ],
      ['no value at all', { timeUnixNano: T1 }, DP1, /no value/],
    ] as const)('%s, in JSON and protobuf', (_label, dp, field, message) => {
      const jsonDp = { ...dp } as NumberDataPointJson;
      if (typeof jsonDp.asDouble === 'number' && !Number.isFinite(jsonDp.asDouble)) {
        jsonDp.asDouble = String(jsonDp.asDouble); // JSON spells NaN and Infinity as strings
      }
      expectDecodeError(() => decodeMetrics(JSON.stringify(oneCounter(jsonDp)), JSON_CT), field, message);
      expectDecodeError(() => decodeMetrics(encodeMetricsRequest(oneCounter(dp)), PROTOBUF), field, message);
    });

    it('an int that JSON already rounded past 2^53', () => {
      expectDecodeError(
        () => decodeMetrics(oneCounter({ timeUnixNano: T1, asInt: 2 ** 53 }), JSON_CT),
        `${DP1}.asInt`,
        /MAX_SAFE_INTEGER/,
      );
    });

    it.each([
      [{ timeUnixNano: T1, asInt: '1.5' }, `${DP1}.asInt`],
      [{ timeUnixNano: T1, asInt: 1.5 }, `${DP1}.asInt`],
      [{ timeUnixNano: T1, asInt: 'ten' }, `${DP1}.asInt`],
      [{ timeUnixNano: T1, asDouble: 'lots' }, `${DP1}.asDouble`],
      [{ timeUnixNano: T1, asDouble: true }, `${DP1}.asDouble`],
      [{ timeUnixNano: T1, asDouble: 1, asInt: 1 }, DP1],
    ])('a malformed JSON value %j', (dp, field) => {
      expectDecodeError(() => decodeMetrics(oneCounter(dp as NumberDataPointJson), JSON_CT), field);
    });
  });

  it('requires timeUnixNano, in JSON and protobuf', () => {
    expectDecodeError(
      () => decodeMetrics(JSON.stringify(oneCounter({ asDouble: 1 })), JSON_CT),
      `${DP1}.timeUnixNano`,
      /required/,
    );
    expectDecodeError(
      () => decodeMetrics(encodeMetricsRequest(oneCounter({ startTimeUnixNano: T0, asDouble: 1 })), PROTOBUF),
      `${DP1}.timeUnixNano`,
      /required/,
    );
    expectDecodeError(
      () => decodeMetrics(oneCounter({ timeUnixNano: '0', asDouble: 1 }), JSON_CT),
      `${DP1}.timeUnixNano`,
    );
  });

  it.each([
    ['negative', '-5'],
    ['not a number', 'yesterday'],
    ['a fraction', 1.5],
    ['past uint64', '18446744073709551616'],
    ['an object', { seconds: 1 }],
  ])('rejects a timeUnixNano that is %s', (_label, value) => {
    const dp = { timeUnixNano: value, asDouble: 1 } as unknown as NumberDataPointJson;
    expectDecodeError(() => decodeMetrics(oneCounter(dp), JSON_CT), `${DP1}.timeUnixNano`);
    const start = {
      startTimeUnixNano: value,
      timeUnixNano: T1,
      asDouble: 1,
    } as unknown as NumberDataPointJson;
    expectDecodeError(() => decodeMetrics(oneCounter(start), JSON_CT), `${DP1}.startTimeUnixNano`);
  });

  it('requires a known aggregation temporality on sums', () => {
    const field = 'resourceMetrics[0].scopeMetrics[0].metrics[1].sum.aggregationTemporality';
    const unspecified = oneCounter({ timeUnixNano: T1, asDouble: 1 }, { aggregationTemporality: undefined });
    expectDecodeError(() => decodeMetrics(unspecified, JSON_CT), field, /DELTA/);
    expectDecodeError(() => decodeMetrics(encodeMetricsRequest(unspecified), PROTOBUF), field);
    const zero = oneCounter({ timeUnixNano: T1, asDouble: 1 }, { aggregationTemporality: 0 });
    expectDecodeError(() => decodeMetrics(encodeMetricsRequest(zero), PROTOBUF), field);
    const three = oneCounter({ timeUnixNano: T1, asDouble: 1 }, { aggregationTemporality: 3 });
    expectDecodeError(() => decodeMetrics(three, JSON_CT), field);
    expectDecodeError(() => decodeMetrics(encodeMetricsRequest(three), PROTOBUF), field);
  });

  it('rejects wrong shapes, naming the field', () => {
    const cases: [unknown, string][] = [
      [{ resourceMetrics: {} }, 'resourceMetrics'],
      [{ resourceMetrics: 'all of them' }, 'resourceMetrics'],
      [{ resourceMetrics: [42] }, 'resourceMetrics[0]'],
      [{ resourceMetrics: [null] }, 'resourceMetrics[0]'],
      [{ resourceMetrics: [{ resource: [] }] }, 'resourceMetrics[0].resource'],
      [{ resourceMetrics: [{ resource: { attributes: {} } }] }, 'resourceMetrics[0].resource.attributes'],
      [{ resourceMetrics: [{ scopeMetrics: {} }] }, 'resourceMetrics[0].scopeMetrics'],
      [
        { resourceMetrics: [{ scopeMetrics: [{ metrics: 1 }] }] },
        'resourceMetrics[0].scopeMetrics[0].metrics',
      ],
      [{ resourceMetrics: [{ scopeMetrics: [{ scope: 'x' }] }] }, 'resourceMetrics[0].scopeMetrics[0].scope'],
      [
        {
          resourceMetrics: [
            {
              scopeMetrics: [
                { metrics: [{ name: 'a', sum: { aggregationTemporality: 1, dataPoints: {} } }] },
              ],
            },
          ],
        },
        'resourceMetrics[0].scopeMetrics[0].metrics[0].sum.dataPoints',
      ],
      [
        {
          resourceMetrics: [
            {
              scopeMetrics: [
                { metrics: [{ name: 'a', sum: { aggregationTemporality: 1, dataPoints: ['x'] } }] },
              ],
            },
          ],
        },
        'resourceMetrics[0].scopeMetrics[0].metrics[0].sum.dataPoints[0]',
      ],
      [
        {
          resourceMetrics: [
            { scopeMetrics: [{ metrics: [{ sum: { aggregationTemporality: 1, dataPoints: [] } }] }] },
          ],
        },
        'resourceMetrics[0].scopeMetrics[0].metrics[0].name',
      ],
      [
        {
          resourceMetrics: [
            { scopeMetrics: [{ metrics: [{ name: 7, sum: { aggregationTemporality: 1 } }] }] },
          ],
        },
        'resourceMetrics[0].scopeMetrics[0].metrics[0].name',
      ],
      [
        {
          resourceMetrics: [
            { scopeMetrics: [{ metrics: [{ name: 'a', unit: 1, sum: { aggregationTemporality: 1 } }] }] },
          ],
        },
        'resourceMetrics[0].scopeMetrics[0].metrics[0].unit',
      ],
      [
        { resourceMetrics: [{ scopeMetrics: [{ metrics: [{ name: 'a', sum: 'lots' }] }] }] },
        'resourceMetrics[0].scopeMetrics[0].metrics[0].sum',
      ],
    ];
    for (const [body, field] of cases) {
      expect([
        JSON.stringify(body),
        decodeErrorOf(() => decodeMetrics(body as object, JSON_CT)).field,
      ]).toEqual([JSON.stringify(body), field]);
    }
  });

  it('rejects malformed attributes, naming the field', () => {
    const attrs = (attributes: unknown) =>
      ({
        resourceMetrics: [{ resource: { attributes }, scopeMetrics: [] }],
      }) as unknown as MetricsRequestJson;
    const path = 'resourceMetrics[0].resource.attributes';
    expectDecodeError(() => decodeMetrics(attrs(['x']), JSON_CT), `${path}[0]`);
    expectDecodeError(
      () => decodeMetrics(attrs([{ key: 5, value: { stringValue: 'a' } }]), JSON_CT),
      `${path}[0].key`,
    );
    expectDecodeError(() => decodeMetrics(attrs([{ key: 'k', value: 'a' }]), JSON_CT), `${path}[0].value`);
    expectDecodeError(
      () => decodeMetrics(attrs([str('a', 'b'), { key: 'k', value: { stringValue: 5 } }]), JSON_CT),
      `${path}[1].value.stringValue`,
    );
    expectDecodeError(
      () => decodeMetrics(attrs([{ key: 'k', value: { boolValue: 'yes' } }]), JSON_CT),
      `${path}[0].value.boolValue`,
    );
    expectDecodeError(
      () => decodeMetrics(attrs([{ key: 'k', value: { intValue: '1e3' } }]), JSON_CT),
      `${path}[0].value.intValue`,
    );
    expectDecodeError(
      () => decodeMetrics(attrs([{ key: 'k', value: { arrayValue: { values: 'x' } } }]), JSON_CT),
      `${path}[0].value.arrayValue.values`,
    );
    let deep: AnyValueJson = { stringValue: 'bottom' };
    for (let i = 0; i < 40; i++) deep = { arrayValue: { values: [deep] } };
    expect(
      decodeErrorOf(() => decodeMetrics(attrs([{ key: 'deep', value: deep }]), JSON_CT)).message,
    ).toMatch(/nested/);
    expect(
      decodeErrorOf(() =>
        decodeMetrics(encodeMetricsRequest(attrs([{ key: 'deep', value: deep }])), PROTOBUF),
      ).message,
    ).toMatch(/nested/);
  });

  it('rejects bodies that are not valid JSON or protobuf', () => {
    expectDecodeError(() => decodeMetrics('{"resourceMetrics": [', JSON_CT), 'body', /not valid JSON/);
    expectDecodeError(() => decodeMetrics(Buffer.from('not json'), JSON_CT), 'body', /not valid JSON/);
    expectDecodeError(() => decodeMetrics('', JSON_CT), 'body', /not valid JSON/);
    expectDecodeError(() => decodeMetrics('[1, 2]', JSON_CT), 'body', /JSON object/);
    expectDecodeError(() => decodeMetrics('null', JSON_CT), 'body', /JSON object/);
    expectDecodeError(() => decodeMetrics([] as unknown as object, JSON_CT), 'body', /JSON object/);

    const valid = encodeMetricsRequest(tokenUsageRequest(1));
    expectDecodeError(() => decodeMetrics(valid.subarray(0, valid.length - 7), PROTOBUF), 'body', /protobuf/);
    expectDecodeError(
      () => decodeMetrics(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), PROTOBUF),
      'body',
    );
    expectDecodeError(() => decodeMetrics(Buffer.from([0x0f]), PROTOBUF), 'body'); // wire type 7
    expectDecodeError(() => decodeMetrics(Buffer.from('{"resourceMetrics":[]}'), PROTOBUF), 'body');
    expectDecodeError(() => decodeMetrics(valid.toString('latin1'), PROTOBUF), 'body', /bytes/);
    expectDecodeError(() => decodeMetrics({}, PROTOBUF), 'body', /bytes/);
  });

  it.each([['text/plain'], [''], ['application/grpc'], ['application/x-protobuf-json'], [undefined], [null]])(
    'rejects content type %j',
    (contentType) => {
      expectDecodeError(
        () => decodeMetrics('{}', contentType as unknown as string),
        'content-type',
        /content type/,
      );
      expectDecodeError(
        () => decodeLogs('{}', contentType as unknown as string),
        'content-type',
        /content type/,
      );
    },
  );

  it(`allows ${OTLP_MAX_ITEMS_PER_REQUEST} points per request and no more`, () => {
    const request = (perMetric: number[]): MetricsRequestJson => ({
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: perMetric.map((n, i) => ({
                name: `m${i}`,
                sum: {
                  aggregationTemporality: 1,
                  dataPoints: Array.from({ length: n }, (_, k) => ({ timeUnixNano: T1, asInt: k })),
                },
              })),
            },
          ],
        },
      ],
    });
    expect(decodeMetrics(request([OTLP_MAX_ITEMS_PER_REQUEST]), JSON_CT)).toHaveLength(10_000);
    expect(decodeMetrics(encodeMetricsRequest(request([6_000, 4_000])), PROTOBUF)).toHaveLength(10_000);
    expectDecodeError(() => decodeMetrics(request([10_001]), JSON_CT), 'resourceMetrics', /10000/);
    expectDecodeError(
      () => decodeMetrics(encodeMetricsRequest(request([5_000, 5_001])), PROTOBUF),
      'resourceMetrics',
      /10000 data points/,
    );
  });
});

describe('decodeLogs', () => {
  const expectedApiRequests: OtlpLogRecord[] = [
    {
      eventName: 'claude_code.api_request',
      attributes: {
        ...RESOURCE_ATTRIBUTES,
        'event.name': 'api_request',
        'event.timestamp': '2026-01-01T10:01:00.000Z',
        model: 'claude-sonnet-4-5',
        input_tokens: '1200',
        output_tokens: '340',
        cache_read_tokens: '5000',
        cache_creation_tokens: '800',
        cost_usd: '0.0123',
        duration_ms: 2150,
      },
      timeUnixNano: T1,
    },
    {
      // No eventName field: the `event.name` attribute comes before the body.
      eventName: 'api_request',
      attributes: {
        ...RESOURCE_ATTRIBUTES,
        'user.email': 'grace@example.com', // the record wins over the resource
        'event.name': 'api_request',
        'event.timestamp': '2026-01-01T10:01:00.000Z',
        model: 'claude-sonnet-4-5',
        input_tokens: 1200,
        output_tokens: 340,
        cache_read_tokens: 5000,
        cache_creation_tokens: 800,
        cost_usd: 0.0123,
        duration_ms: 2150,
      },
      timeUnixNano: '1767261661000000000', // observedTimeUnixNano, since timeUnixNano is absent
    },
  ];

  it('decodes claude_code.api_request events (string and int attributes) from JSON and protobuf', () => {
    for (const [encoding, decode] of logsEncodings(apiRequestLogs())) {
      expect([encoding, decode()]).toEqual([encoding, expectedApiRequests]);
    }
  });

  it('decodes the official OpenTelemetry JS exporter output (protobuf and JSON alike)', () => {
    const fromProto = decodeLogs(Buffer.from(OFFICIAL.logsProto, 'base64'), PROTOBUF);
    expect(fromProto).toEqual(decodeLogs(OFFICIAL.logsJson, JSON_CT));
    expect(fromProto).toHaveLength(2);
    expect(fromProto[0]).toEqual({
      eventName: 'api_request',
      attributes: {
        'service.name': 'claude-code',
        'service.version': '2.1.0',
        'session.id': 'sess-123',
        'user.email': 'ada@example.com',
        'organization.id': 'org-1',
        'event.name': 'api_request',
        'event.timestamp': '2026-03-01T10:00:00.000Z',
        model: 'claude-sonnet-4-5',
        input_tokens: '1200',
        output_tokens: 340,
        cache_read_tokens: '5000',
        cache_creation_tokens: 800,
        cost_usd: '0.0123',
        duration_ms: 2150,
      },
      timeUnixNano: '1772359200000000000',
    });
    expect(fromProto[1]).toMatchObject({
      eventName: 'claude_code.api_request',
      attributes: { model: 'claude-opus-4-1', cost_usd: 0.5 },
    });
  });

  it('names the event from eventName, else the event.name attribute, else a string body', () => {
    const names = (records: LogRecordJson[]) => {
      const req: LogsRequestJson = { resourceLogs: [{ scopeLogs: [{ logRecords: records }] }] };
      return logsEncodings(req).map(([encoding, decode]) => [encoding, decode().map((r) => r.eventName)]);
    };
    const records: LogRecordJson[] = [
      { timeUnixNano: T1, eventName: 'a', attributes: [str('event.name', 'b')], body: { stringValue: 'c' } },
      { timeUnixNano: T1, attributes: [str('event.name', 'b')], body: { stringValue: 'c' } },
      { timeUnixNano: T1, body: { stringValue: 'c' } },
      {
        timeUnixNano: T1,
        attributes: [int('event.name', 7)],
        body: { kvlistValue: { values: [str('k', 'v')] } },
      },
      { timeUnixNano: T1 },
    ];
    for (const [encoding, got] of names(records)) {
      expect([encoding, got]).toEqual([encoding, ['a', 'b', 'c', '', '']]);
    }
  });

  it('converts every AnyValue kind to an attribute value', () => {
    const req: LogsRequestJson = {
      resourceLogs: [
        {
          scopeLogs: [
            {
              logRecords: [
                {
                  timeUnixNano: T1,
                  attributes: [
                    str('s', ''),
                    { key: 'b', value: { boolValue: false } },
                    int('i0', 0),
                    int('neg', '-42'),
                    int('huge', '9223372036854775807'),
                    dbl('d', 1.25),
                    {
                      key: 'arr',
                      value: { arrayValue: { values: [{ stringValue: 'x' }, { intValue: 2 }, {}] } },
                    },
                    {
                      key: 'kv',
                      value: {
                        kvlistValue: { values: [str('a', 'b'), { key: 'n', value: { boolValue: true } }] },
                      },
                    },
                    { key: 'bytes', value: { bytesValue: Buffer.from('hi').toString('base64') } },
                    { key: 'empty', value: {} },
                    { key: 'novalue' },
                    str('', 'no key'),
                    str('__proto__', 'polluted?'),
                    str('dup', 'first'),
                    str('dup', 'last'),
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    for (const [encoding, decode] of logsEncodings(req)) {
      const attributes = decode()[0].attributes;
      expect([encoding, attributes]).toEqual([
        encoding,
        {
          s: '',
          b: false,
          i0: 0,
          neg: -42,
          huge: '9223372036854775807',
          d: 1.25,
          arr: '["x",2,null]',
          kv: '{"a":"b","n":true}',
          bytes: 'aGk=',
          ['__proto__']: 'polluted?',
          dup: 'last',
        },
      ]);
      expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(attributes, '__proto__')).toBe(true);
    }
  });

  it('requires timeUnixNano or observedTimeUnixNano', () => {
    const field = 'resourceLogs[0].scopeLogs[0].logRecords[1].timeUnixNano';
    const req: LogsRequestJson = {
      resourceLogs: [{ scopeLogs: [{ logRecords: [{ timeUnixNano: T1 }, { body: { stringValue: 'x' } }] }] }],
    };
    for (const [, decode] of logsEncodings(req)) expectDecodeError(decode, field, /required/);
    const zeros: LogsRequestJson = {
      resourceLogs: [
        {
          scopeLogs: [{ logRecords: [{ timeUnixNano: T1 }, { timeUnixNano: '0', observedTimeUnixNano: 0 }] }],
        },
      ],
    };
    expectDecodeError(() => decodeLogs(zeros, JSON_CT), field);
    expectDecodeError(
      () =>
        decodeLogs(
          { resourceLogs: [{ scopeLogs: [{ logRecords: [{ observedTimeUnixNano: 'soon' }] }] }] },
          JSON_CT,
        ),
      'resourceLogs[0].scopeLogs[0].logRecords[0].observedTimeUnixNano',
    );
  });

  it('rejects wrong shapes and bodies, naming the field', () => {
    expectDecodeError(() => decodeLogs({ resourceLogs: 'x' }, JSON_CT), 'resourceLogs', /array/);
    expectDecodeError(
      () => decodeLogs({ resourceLogs: [{ scopeLogs: [{ logRecords: {} }] }] }, JSON_CT),
      'resourceLogs[0].scopeLogs[0].logRecords',
    );
    expectDecodeError(
      () => decodeLogs({ resourceLogs: [{ scopeLogs: [{ logRecords: [7] }] }] }, JSON_CT),
      'resourceLogs[0].scopeLogs[0].logRecords[0]',
    );
    expectDecodeError(
      () =>
        decodeLogs(
          { resourceLogs: [{ scopeLogs: [{ logRecords: [{ timeUnixNano: T1, eventName: 5 }] }] }] },
          JSON_CT,
        ),
      'resourceLogs[0].scopeLogs[0].logRecords[0].eventName',
    );
    expectDecodeError(
      () =>
        decodeLogs(
          { resourceLogs: [{ scopeLogs: [{ logRecords: [{ timeUnixNano: T1, body: 'text' }] }] }] },
          JSON_CT,
        ),
      'resourceLogs[0].scopeLogs[0].logRecords[0].body',
    );
    expectDecodeError(() => decodeLogs('{"resourceLogs":', JSON_CT), 'body', /not valid JSON/);
    const valid = encodeLogsRequest(apiRequestLogs());
    expectDecodeError(() => decodeLogs(valid.subarray(0, 50), PROTOBUF), 'body', /ExportLogsServiceRequest/);
  });

  it(`allows ${OTLP_MAX_ITEMS_PER_REQUEST} records per request and no more`, () => {
    const request = (n: number): LogsRequestJson => ({
      resourceLogs: [
        {
          scopeLogs: [
            { logRecords: Array.from({ length: n }, () => ({ timeUnixNano: T1, eventName: 'e' })) },
          ],
        },
        { scopeLogs: [{ logRecords: [{ timeUnixNano: T1, eventName: 'e' }] }] },
      ],
    });
    expect(decodeLogs(request(9_999), JSON_CT)).toHaveLength(10_000);
    expectDecodeError(() => decodeLogs(request(10_000), JSON_CT), 'resourceLogs', /10000 log records/);
    expectDecodeError(() => decodeLogs(encodeLogsRequest(request(10_000)), PROTOBUF), 'resourceLogs');
  });
});

describe('no raw exception escapes', () => {
  const onlyDecodeErrors = (decode: () => unknown) => {
    try {
      decode();
    } catch (err) {
      if (!(err instanceof OtlpDecodeError)) throw err;
    }
  };

  it('for arbitrary or corrupted protobuf bytes', () => {
    const seeds = [
      Buffer.from(OFFICIAL.metricsDeltaProto, 'base64'),
      Buffer.from(OFFICIAL.logsProto, 'base64'),
      encodeMetricsRequest(tokenUsageRequest(2)),
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .tuple(
              fc.constantFrom(...seeds),
              fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
            )
            .map(([seed, flips]) => {
              const bytes = Uint8Array.from(seed);
              for (const [at, value] of flips) bytes[at % bytes.length] = value;
              return bytes;
            }),
        ),
        (bytes) => {
          onlyDecodeErrors(() => decodeMetrics(Buffer.from(bytes), PROTOBUF));
          onlyDecodeErrors(() => decodeLogs(Buffer.from(bytes), PROTOBUF));
        },
      ),
      { numRuns: 400, seed: 20260101 },
    );
  });

  it('for arbitrary JSON values anywhere in the tree', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(3), (value, where) => {
        const metrics = [
          value,
          { resourceMetrics: value },
          { resourceMetrics: [{ scopeMetrics: [{ metrics: [value] }] }] },
          {
            resourceMetrics: [
              {
                scopeMetrics: [
                  { metrics: [{ name: 'm', sum: { aggregationTemporality: 1, dataPoints: [value] } }] },
                ],
              },
            ],
          },
        ][where];
        const logs = [
          value,
          { resourceLogs: value },
          { resourceLogs: [{ scopeLogs: [{ logRecords: [value] }] }] },
          { resourceLogs: [{ resource: { attributes: [{ key: 'k', value }] } }] },
        ][where];
        onlyDecodeErrors(() => decodeMetrics(JSON.stringify(metrics), JSON_CT));
        onlyDecodeErrors(() => decodeLogs(JSON.stringify(logs), JSON_CT));
      }),
      { numRuns: 400, seed: 20260101 },
    );
  });
});

it('OtlpDecodeError is an Error carrying the field', () => {
  const err = new OtlpDecodeError('bad', 'resourceMetrics');
  expect(err).toBeInstanceOf(Error);
  expect(err.name).toBe('OtlpDecodeError');
  expect([err.message, err.field]).toEqual(['bad', 'resourceMetrics']);
});

// ---------------------------------------------------------------------------------------------
// Captured once from the official exporter path: generated by the official OpenTelemetry JS exporter serializers (@opentelemetry/otlp-transformer 0.223.1, sdk-metrics 2.12.1, sdk-logs 0.223.1). with a MeterProvider (DELTA and CUMULATIVE readers; counters, an INT counter, a gauge, a
// histogram) and a LoggerProvider (two Claude Code-style api_request events), then
// ProtobufMetricsSerializer / JsonMetricsSerializer / ProtobufLogsSerializer / JsonLogsSerializer.
const OFFICIAL = {
  metricsDeltaProto:
    'CvwGCpQBCh0KDHNlcnZpY2UubmFtZRINCgtjbGF1ZGUtY29kZQoaCg9zZXJ2aWNlLnZlcnNpb24SBwoFMi4xLjAKGAoKc2Vzc2lvbi5pZBIKCghzZXNzLTEyMwofCgp1c2VyLmVtYWlsEhEKD2FkYUBleGFtcGxlLmNvbQoaCg9vcmdhbml6YXRpb24uaWQSBwoFb3JnLTEQABLiBQoiChljb20uYW50aHJvcGljLmNsYXVkZV9jb2RlEgUyLjEuMBLtAgoXY2xhdWRlX2NvZGUudG9rZW4udXNhZ2USBnRva2VucxoGdG9rZW5zOsECCkoRgGsDIMaf6hgZAPAhIMaf6hghAAAAAADAkkA6HAoFbW9kZWwSEwoRY2xhdWRlLXNvbm5ldC00LTU6DwoEdHlwZRIHCgVpbnB1dApLEcCtEiDGn+oYGQDwISDGn+oYIQAAAAAAQHVAOhwKBW1vZGVsEhMKEWNsYXVkZS1zb25uZXQtNC01OhAKBHR5cGUSCAoGb3V0cHV0Ck4RwK0SIMaf6hgZAPAhIMaf6hghAAAAAACIs0A6HAoFbW9kZWwSEwoRY2xhdWRlLXNvbm5ldC00LTU6EwoEdHlwZRILCgljYWNoZVJlYWQKUhHArRIgxp/qGBkA8CEgxp/qGCEAAAAAAACJQDocCgVtb2RlbBITChFjbGF1ZGUtc29ubmV0LTQtNToXCgR0eXBlEg8KDWNhY2hlQ3JlYXRpb24QARgBEl4KFmNsYXVkZV9jb2RlLmNvc3QudXNhZ2UaA1VTRDo/CjkRwK0SIMaf6hgZAPAhIMaf6hghjSjtDb4wiT86HAoFbW9kZWwSEwoRY2xhdWRlLXNvbm5ldC00LTUQARgBElUKH2NsYXVkZV9jb2RlLmxpbmVzX29mX2NvZGUuY291bnQ6MgosEcCtEiDGn+oYGQDwISDGn+oYMSoAAAAAAAAAOg8KBHR5cGUSBwoFYWRkZWQQARgBEisKCnNvbWUuZ2F1Z2UqHQobEcCtEiDGn+oYGQDwISDGn+oYIQAAAAAAABRAEmgKDnNvbWUuaGlzdG9ncmFtSlYKUhHArRIgxp/qGBkA8CEgxp/qGCEBAAAAAAAAACkAAAAAAAAIQDIQAQAAAAAAAAAAAAAAAAAAADoIAAAAAAAAJEBZAAAAAAAACEBhAAAAAAAACEAQAQ==',
  metricsCumulativeProto:
    'CuUFCpQBCh0KDHNlcnZpY2UubmFtZRINCgtjbGF1ZGUtY29kZQoaCg9zZXJ2aWNlLnZlcnNpb24SBwoFMi4xLjAKGAoKc2Vzc2lvbi5pZBIKCghzZXNzLTEyMwofCgp1c2VyLmVtYWlsEhEKD2FkYUBleGFtcGxlLmNvbQoaCg9vcmdhbml6YXRpb24uaWQSBwoFb3JnLTEQABLLBAoiChljb20uYW50aHJvcGljLmNsYXVkZV9jb2RlEgUyLjEuMBLtAgoXY2xhdWRlX2NvZGUudG9rZW4udXNhZ2USBnRva2VucxoGdG9rZW5zOsECCkoRgHRAIMaf6hgZgHRAIMaf6hghAAAAAADAkkA6HAoFbW9kZWwSEwoRY2xhdWRlLXNvbm5ldC00LTU6DwoEdHlwZRIHCgVpbnB1dApLEYB0QCDGn+oYGYB0QCDGn+oYIQAAAAAAQHVAOhwKBW1vZGVsEhMKEWNsYXVkZS1zb25uZXQtNC01OhAKBHR5cGUSCAoGb3V0cHV0Ck4RgHRAIMaf6hgZgHRAIMaf6hghAAAAAACIs0A6HAoFbW9kZWwSEwoRY2xhdWRlLXNvbm5ldC00LTU6EwoEdHlwZRILCgljYWNoZVJlYWQKUhGAdEAgxp/qGBmAdEAgxp/qGCEAAAAAAACJQDocCgVtb2RlbBITChFjbGF1ZGUtc29ubmV0LTQtNToXCgR0eXBlEg8KDWNhY2hlQ3JlYXRpb24QAhgBEl4KFmNsYXVkZV9jb2RlLmNvc3QudXNhZ2UaA1VTRDo/CjkRgHRAIMaf6hgZgHRAIMaf6hghjSjtDb4wiT86HAoFbW9kZWwSEwoRY2xhdWRlLXNvbm5ldC00LTUQAhgBElUKH2NsYXVkZV9jb2RlLmxpbmVzX29mX2NvZGUuY291bnQ6MgosEYB0QCDGn+oYGYB0QCDGn+oYMSoAAAAAAAAAOg8KBHR5cGUSBwoFYWRkZWQQAhgB',
  metricsDeltaJson:
    '{"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"claude-code"}},{"key":"service.version","value":{"stringValue":"2.1.0"}},{"key":"session.id","value":{"stringValue":"sess-123"}},{"key":"user.email","value":{"stringValue":"ada@example.com"}},{"key":"organization.id","value":{"stringValue":"org-1"}}],"droppedAttributesCount":0},"scopeMetrics":[{"scope":{"name":"com.anthropic.claude_code","version":"2.1.0"},"metrics":[{"name":"claude_code.token.usage","description":"tokens","unit":"tokens","sum":{"aggregationTemporality":1,"isMonotonic":true,"dataPoints":[{"attributes":[{"key":"model","value":{"stringValue":"claude-sonnet-4-5"}},{"key":"type","value":{"stringValue":"input"}}],"startTimeUnixNano":"1795423074750000000","timeUnixNano":"1795423074752000000","asDouble":1200},{"attributes":[{"key":"model","value":{"stringValue":"claude-sonnet-4-5"}},{"key":"type","value":{"stringValue":"output"}}],"startTimeUnixNano":"1795423074751000000","timeUnixNano":"1795423074752000000","asDouble":340},{"attributes":[{"key":"model","value":{"stringValue":"claude-sonnet-4-5"}},{"key":"type","value":{"stringValue":"cacheRead"}}],"startTimeUnixNano":"1795423074751000000","timeUnixNano":"1795423074752000000","asDouble":5000},{"attributes":[{"key":"model","value":{"stringValue":"claude-sonnet-4-5"}},{"key":"type","value":{"stringValue":"cacheCreation"}}],"startTimeUnixNano":"1795423074751000000","timeUnixNano":"1795423074752000000","asDouble":800}]}},{"name":"claude_code.cost.usage","description":"","unit":"USD","sum":{"aggregationTemporality":1,"isMonotonic":true,"dataPoints":[{"attributes":[{"key":"model","value":{"stringValue":"claude-sonnet-4-5"}}],"startTimeUnixNano":"1795423074751000000","timeUnixNano":"1795423074752000000","asDouble":0.0123}]}},{"name":"claude_code.lines_of_code.count","description":"","unit":"","sum":{"aggregationTemporality":1,"isMonotonic":true,"dataPoints":[{"attributes":[{"key":"type","value":{"stringValue":"added"}}],"startTimeUnixNano":"1795423074751000000","timeUnixNano":"1795423074752000000","asInt":42}]}},{"name":"some.gauge","description":"","unit":"","gauge":{"dataPoints":[{"attributes":[],"startTimeUnixNano":"1795423074751000000","timeUnixNano":"1795423074752000000","asDouble":5}]}},{"name":"some.histogram","description":"","unit":"","histogram":{"aggregationTemporality":1,"dataPoints":[{"attributes":[],"bucketCounts":[1,0],"explicitBounds":[10],"count":1,"sum":3,"min":3,"max":3,"startTimeUnixNano":"1795423074751000000","timeUnixNano":"1795423074752000000"}]}}]}]}]}',
  logsProto:
    'CtsECpQBCh0KDHNlcnZpY2UubmFtZRINCgtjbGF1ZGUtY29kZQoaCg9zZXJ2aWNlLnZlcnNpb24SBwoFMi4xLjAKGAoKc2Vzc2lvbi5pZBIKCghzZXNzLTEyMwofCgp1c2VyLmVtYWlsEhEKD2FkYUBleGFtcGxlLmNvbQoaCg9vcmdhbml6YXRpb24uaWQSBwoFb3JnLTEQABLBAwopCiBjb20uYW50aHJvcGljLmNsYXVkZV9jb2RlLmV2ZW50cxIFMi4xLjASrAIJAEBlUk2vmBgqGQoXY2xhdWRlX2NvZGUuYXBpX3JlcXVlc3QyGwoKZXZlbnQubmFtZRINCgthcGlfcmVxdWVzdDItCg9ldmVudC50aW1lc3RhbXASGgoYMjAyNi0wMy0wMVQxMDowMDowMC4wMDBaMhwKBW1vZGVsEhMKEWNsYXVkZS1zb25uZXQtNC01MhYKDGlucHV0X3Rva2VucxIGCgQxMjAwMhQKDW91dHB1dF90b2tlbnMSAxjUAjIbChFjYWNoZV9yZWFkX3Rva2VucxIGCgQ1MDAwMhwKFWNhY2hlX2NyZWF0aW9uX3Rva2VucxIDGKAGMhQKCGNvc3RfdXNkEggKBjAuMDEyMzISCgtkdXJhdGlvbl9tcxIDGOYQOABZQESrIMaf6hgSZQmAhrogxp/qGCoDCgF4MhoKBW1vZGVsEhEKD2NsYXVkZS1vcHVzLTQtMTIVCghjb3N0X3VzZBIJIQAAAAAAAOA/OABZgIa6IMaf6hhiF2NsYXVkZV9jb2RlLmFwaV9yZXF1ZXN0',
  logsJson:
    '{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"claude-code"}},{"key":"service.version","value":{"stringValue":"2.1.0"}},{"key":"session.id","value":{"stringValue":"sess-123"}},{"key":"user.email","value":{"stringValue":"ada@example.com"}},{"key":"organization.id","value":{"stringValue":"org-1"}}],"droppedAttributesCount":0},"scopeLogs":[{"scope":{"name":"com.anthropic.claude_code.events","version":"2.1.0"},"logRecords":[{"timeUnixNano":"1772359200000000000","observedTimeUnixNano":"1795423074761000000","body":{"stringValue":"claude_code.api_request"},"attributes":[{"key":"event.name","value":{"stringValue":"api_request"}},{"key":"event.timestamp","value":{"stringValue":"2026-03-01T10:00:00.000Z"}},{"key":"model","value":{"stringValue":"claude-sonnet-4-5"}},{"key":"input_tokens","value":{"stringValue":"1200"}},{"key":"output_tokens","value":{"intValue":340}},{"key":"cache_read_tokens","value":{"stringValue":"5000"}},{"key":"cache_creation_tokens","value":{"intValue":800}},{"key":"cost_usd","value":{"stringValue":"0.0123"}},{"key":"duration_ms","value":{"intValue":2150}}],"droppedAttributesCount":0},{"timeUnixNano":"1795423074762000000","observedTimeUnixNano":"1795423074762000000","body":{"stringValue":"x"},"eventName":"claude_code.api_request","attributes":[{"key":"model","value":{"stringValue":"claude-opus-4-1"}},{"key":"cost_usd","value":{"doubleValue":0.5}}],"droppedAttributesCount":0}]}]}]}',
};
