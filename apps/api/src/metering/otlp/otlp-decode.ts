/**
 * Framework-free decoder for the OTLP/HTTP export requests that Claude Code sends to the
 * telemetry receiver (`POST /v1/metrics`, `POST /v1/logs`), in both `http/protobuf` and
 * `http/json`.
 *
 * Protobuf is decoded by `protobufjs` against the descriptor below: the subset of the official
 * opentelemetry-proto v1 messages this receiver reads, with their wire field numbers. Fields that
 * are not listed (gauges, histograms, exemplars, severity, trace ids, ...) are skipped on the wire.
 * The decoded message is turned into the OTLP/JSON shape (lowerCamelCase, 64-bit integers as
 * decimal strings), so one walker validates and flattens both encodings and reports the same field
 * paths for both.
 *
 * Every failure is an {@link OtlpDecodeError} naming the offending field; no library exception
 * escapes.
 */
import { Root, type INamespace, type IConversionOptions, type Type } from 'protobufjs/light';

export type OtlpAttributeValue = string | number | boolean;

export interface OtlpMetricPoint {
  /** Metric name, e.g. `claude_code.token.usage`. */
  metric: string;
  unit: string;
  /** Resource attributes, then scope attributes, then data point attributes (the point wins). */
  attributes: Record<string, OtlpAttributeValue>;
  /** Decimal string; `'0'` when absent. */
  startTimeUnixNano: string;
  /** Decimal string. */
  timeUnixNano: string;
  /** `asDouble`, or `asInt` as a number. Finite and non-negative. */
  value: number;
  /** From `sum.aggregationTemporality` (1 = DELTA, 2 = CUMULATIVE). */
  temporality: 'DELTA' | 'CUMULATIVE';
}

export interface OtlpLogRecord {
  /** `eventName` if set, else attribute `event.name`, else the body's `stringValue`; `''` if none. */
  eventName: string;
  /** Resource attributes, then scope attributes, then record attributes (the record wins). */
  attributes: Record<string, OtlpAttributeValue>;
  /** Decimal string: `timeUnixNano`, or `observedTimeUnixNano` when that is 0 or absent. */
  timeUnixNano: string;
}

/** The request cannot be decoded; `field` names where (e.g. `resourceMetrics[0].scopeMetrics`). */
export class OtlpDecodeError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'OtlpDecodeError';
  }
}

/** At most this many data points (metrics) or log records (logs) per request. */
export const OTLP_MAX_ITEMS_PER_REQUEST = 10_000;

const MAX_ANY_VALUE_DEPTH = 16;
const UINT64_MAX = (1n << 64n) - 1n;

// ---------------------------------------------------------------------------------------------
// Protobuf schema (opentelemetry-proto v1: common, resource, metrics, logs, collector services).
// Message names are flattened; only the wire field numbers and types matter for decoding.
// `Sum.aggregation_temporality` is the enum AggregationTemporality, read as its int32 wire value.

const repeated = (type: string, id: number) => ({ rule: 'repeated', type, id });

const OTLP_DESCRIPTOR: INamespace = {
  nested: {
    AnyValue: {
      oneofs: {
        value: {
          oneof: [
            'stringValue',
            'boolValue',
            'intValue',
            'doubleValue',
            'arrayValue',
            'kvlistValue',
            'bytesValue',
          ],
        },
      },
      fields: {
        stringValue: { type: 'string', id: 1 },
        boolValue: { type: 'bool', id: 2 },
        intValue: { type: 'int64', id: 3 },
        doubleValue: { type: 'double', id: 4 },
        arrayValue: { type: 'ArrayValue', id: 5 },
        kvlistValue: { type: 'KeyValueList', id: 6 },
        bytesValue: { type: 'bytes', id: 7 },
      },
    },
    ArrayValue: { fields: { values: repeated('AnyValue', 1) } },
    KeyValueList: { fields: { values: repeated('KeyValue', 1) } },
    KeyValue: { fields: { key: { type: 'string', id: 1 }, value: { type: 'AnyValue', id: 2 } } },
    InstrumentationScope: {
      fields: {
        name: { type: 'string', id: 1 },
        version: { type: 'string', id: 2 },
        attributes: repeated('KeyValue', 3),
      },
    },
    Resource: { fields: { attributes: repeated('KeyValue', 1) } },

    ExportMetricsServiceRequest: { fields: { resourceMetrics: repeated('ResourceMetrics', 1) } },
    ResourceMetrics: {
      fields: { resource: { type: 'Resource', id: 1 }, scopeMetrics: repeated('ScopeMetrics', 2) },
    },
    ScopeMetrics: {
      fields: { scope: { type: 'InstrumentationScope', id: 1 }, metrics: repeated('Metric', 2) },
    },
    Metric: {
      fields: {
        name: { type: 'string', id: 1 },
        description: { type: 'string', id: 2 },
        unit: { type: 'string', id: 3 },
        sum: { type: 'Sum', id: 7 },
      },
    },
    Sum: {
      fields: {
        dataPoints: repeated('NumberDataPoint', 1),
        aggregationTemporality: { type: 'int32', id: 2 },
        isMonotonic: { type: 'bool', id: 3 },
      },
    },
    NumberDataPoint: {
      oneofs: { value: { oneof: ['asDouble', 'asInt'] } },
      fields: {
        attributes: repeated('KeyValue', 7),
        startTimeUnixNano: { type: 'fixed64', id: 2 },
        timeUnixNano: { type: 'fixed64', id: 3 },
        asDouble: { type: 'double', id: 4 },
        asInt: { type: 'sfixed64', id: 6 },
      },
    },

    ExportLogsServiceRequest: { fields: { resourceLogs: repeated('ResourceLogs', 1) } },
    ResourceLogs: {
      fields: { resource: { type: 'Resource', id: 1 }, scopeLogs: repeated('ScopeLogs', 2) },
    },
    ScopeLogs: {
      fields: { scope: { type: 'InstrumentationScope', id: 1 }, logRecords: repeated('LogRecord', 2) },
    },
    LogRecord: {
      fields: {
        timeUnixNano: { type: 'fixed64', id: 1 },
        observedTimeUnixNano: { type: 'fixed64', id: 11 },
        body: { type: 'AnyValue', id: 5 },
        attributes: repeated('KeyValue', 6),
        eventName: { type: 'string', id: 12 },
      },
    },
  },
};

const OTLP_ROOT = Root.fromJSON(OTLP_DESCRIPTOR);
const METRICS_REQUEST = OTLP_ROOT.lookupType('ExportMetricsServiceRequest');
const LOGS_REQUEST = OTLP_ROOT.lookupType('ExportLogsServiceRequest');

/** Message → OTLP/JSON shape: 64-bit integers as decimal strings, bytes as base64, no defaults. */
const TO_OBJECT: IConversionOptions = { longs: String, bytes: String, defaults: false, arrays: false };

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * The data points of a metrics export. With `reject`, a data point that cannot be read (a value that is
 * NaN, negative, past 2^53, no time...) is handed to it and left out, and the others are kept: the OTLP
 * partial success. Without it, such a point fails the whole export. A malformed envelope always does.
 */
export function decodeMetrics(
  body: Buffer | string | object,
  contentType: string,
  reject?: (problem: OtlpDecodeError) => void,
): OtlpMetricPoint[] {
  const request = readRequest(body, contentType, METRICS_REQUEST);
  const points: OtlpMetricPoint[] = [];

  arrayAt(request['resourceMetrics'], 'resourceMetrics').forEach((rmValue, i) => {
    const rmPath = `resourceMetrics[${i}]`;
    const rm = requiredObjectAt(rmValue, rmPath);
    const resourceAttributes = resourceAttributesOf(rm, rmPath);

    arrayAt(rm['scopeMetrics'], `${rmPath}.scopeMetrics`).forEach((smValue, j) => {
      const smPath = `${rmPath}.scopeMetrics[${j}]`;
      const sm = requiredObjectAt(smValue, smPath);
      const scopeAttributes = scopeAttributesOf(sm, smPath);

      arrayAt(sm['metrics'], `${smPath}.metrics`).forEach((metricValue, k) => {
        const metricPath = `${smPath}.metrics[${k}]`;
        const metric = requiredObjectAt(metricValue, metricPath);
        const sum = objectAt(metric['sum'], `${metricPath}.sum`);
        if (!sum) return; // gauges, histograms and summaries carry no counter data

        const name = stringAt(metric['name'], `${metricPath}.name`);
        if (!name) fail(`${metricPath}.name`, 'must be a non-empty string');
        const unit = stringAt(metric['unit'], `${metricPath}.unit`);
        const temporality = temporalityAt(
          sum['aggregationTemporality'],
          `${metricPath}.sum.aggregationTemporality`,
        );

        arrayAt(sum['dataPoints'], `${metricPath}.sum.dataPoints`).forEach((dpValue, m) => {
          const dpPath = `${metricPath}.sum.dataPoints[${m}]`;
          if (points.length >= OTLP_MAX_ITEMS_PER_REQUEST) {
            fail('resourceMetrics', `has more than ${OTLP_MAX_ITEMS_PER_REQUEST} data points`);
          }
          const read = (): OtlpMetricPoint => {
            const dp = requiredObjectAt(dpValue, dpPath);
            const timeUnixNano = uint64At(dp['timeUnixNano'], `${dpPath}.timeUnixNano`);
            if (timeUnixNano === '0') fail(`${dpPath}.timeUnixNano`, 'is required');
            return {
              metric: name,
              unit,
              attributes: mergeAttributes(
                resourceAttributes,
                scopeAttributes,
                attributesAt(dp['attributes'], `${dpPath}.attributes`),
              ),
              startTimeUnixNano: uint64At(dp['startTimeUnixNano'], `${dpPath}.startTimeUnixNano`),
              timeUnixNano,
              value: counterValueOf(dp, dpPath),
              temporality,
            };
          };
          if (!reject) {
            points.push(read());
            return;
          }
          try {
            points.push(read());
          } catch (error) {
            if (!(error instanceof OtlpDecodeError)) throw error;
            reject(error);
          }
        });
      });
    });
  });
  return points;
}

/** The records of a logs export; `reject` as for {@link decodeMetrics} (per log record). */
export function decodeLogs(
  body: Buffer | string | object,
  contentType: string,
  reject?: (problem: OtlpDecodeError) => void,
): OtlpLogRecord[] {
  const request = readRequest(body, contentType, LOGS_REQUEST);
  const records: OtlpLogRecord[] = [];

  arrayAt(request['resourceLogs'], 'resourceLogs').forEach((rlValue, i) => {
    const rlPath = `resourceLogs[${i}]`;
    const rl = requiredObjectAt(rlValue, rlPath);
    const resourceAttributes = resourceAttributesOf(rl, rlPath);

    arrayAt(rl['scopeLogs'], `${rlPath}.scopeLogs`).forEach((slValue, j) => {
      const slPath = `${rlPath}.scopeLogs[${j}]`;
      const sl = requiredObjectAt(slValue, slPath);
      const scopeAttributes = scopeAttributesOf(sl, slPath);

      arrayAt(sl['logRecords'], `${slPath}.logRecords`).forEach((lrValue, k) => {
        const lrPath = `${slPath}.logRecords[${k}]`;
        if (records.length >= OTLP_MAX_ITEMS_PER_REQUEST) {
          fail('resourceLogs', `has more than ${OTLP_MAX_ITEMS_PER_REQUEST} log records`);
        }
        const read = (): OtlpLogRecord => {
          const lr = requiredObjectAt(lrValue, lrPath);
          const attributes = mergeAttributes(
            resourceAttributes,
            scopeAttributes,
            attributesAt(lr['attributes'], `${lrPath}.attributes`),
          );
          let timeUnixNano = uint64At(lr['timeUnixNano'], `${lrPath}.timeUnixNano`);
          if (timeUnixNano === '0') {
            timeUnixNano = uint64At(lr['observedTimeUnixNano'], `${lrPath}.observedTimeUnixNano`);
          }
          if (timeUnixNano === '0') {
            fail(
              `${lrPath}.timeUnixNano`,
              'is required (neither timeUnixNano nor observedTimeUnixNano is set)',
            );
          }
          return { eventName: eventNameOf(lr, attributes, lrPath), attributes, timeUnixNano };
        };
        if (!reject) {
          records.push(read());
          return;
        }
        try {
          records.push(read());
        } catch (error) {
          if (!(error instanceof OtlpDecodeError)) throw error;
          reject(error);
        }
      });
    });
  });
  return records;
}

// ---------------------------------------------------------------------------------------------
// Transport: content type and body → a plain OTLP/JSON-shaped object

type Obj = Record<string, unknown>;

function readRequest(body: unknown, contentType: unknown, type: Type): Obj {
  const mediaType = typeof contentType === 'string' ? contentType.split(';')[0].trim().toLowerCase() : '';
  if (mediaType === 'application/x-protobuf') return decodeProtobuf(body, type);
  if (mediaType === 'application/json') return parseJson(body);
  throw new OtlpDecodeError(
    `unsupported content type ${JSON.stringify(contentType ?? null)}: expected application/x-protobuf or application/json`,
    'content-type',
  );
}

function decodeProtobuf(body: unknown, type: Type): Obj {
  if (!(body instanceof Uint8Array)) {
    fail('body', 'an application/x-protobuf body must be raw bytes (a Buffer)');
  }
  try {
    return type.toObject(type.decode(body), TO_OBJECT) as Obj;
  } catch (err) {
    fail('body', `is not a valid ${type.name} protobuf message (${describe(err)})`);
  }
}

function parseJson(body: unknown): Obj {
  let value: unknown = body;
  if (body instanceof Uint8Array || typeof body === 'string') {
    const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
    try {
      value = JSON.parse(text);
    } catch (err) {
      fail('body', `is not valid JSON (${describe(err)})`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('body', 'must be a JSON object');
  }
  return value as Obj;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// ---------------------------------------------------------------------------------------------
// Shape helpers. In OTLP/JSON, as in proto3 JSON, `null` stands for an absent field.

function fail(field: string, message: string): never {
  throw new OtlpDecodeError(`${field} ${message}`, field);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function objectAt(value: unknown, path: string): Obj | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    fail(path, `must be an object, got ${kindOf(value)}`);
  return value as Obj;
}

function requiredObjectAt(value: unknown, path: string): Obj {
  const obj = objectAt(value, path);
  if (!obj) fail(path, `must be an object, got ${kindOf(value)}`);
  return obj;
}

function arrayAt(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(path, `must be an array, got ${kindOf(value)}`);
  return value;
}

function stringAt(value: unknown, path: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') fail(path, `must be a string, got ${kindOf(value)}`);
  return value;
}

/** A fixed64 (unsigned) as a normalized decimal string; `'0'` when absent. */
function uint64At(value: unknown, path: string): string {
  if (value === undefined || value === null) return '0';
  let n: bigint;
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) {
    n = BigInt(value);
  } else if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    // A JSON number past 2^53 has already been rounded by the JSON parser: accept it as parsed.
    n = BigInt(value);
  } else {
    fail(path, `must be an unsigned 64-bit integer (decimal string or number), got ${JSON.stringify(value)}`);
  }
  if (n > UINT64_MAX) fail(path, 'is out of range for an unsigned 64-bit integer');
  return n.toString();
}

const TEMPORALITY: Record<string, OtlpMetricPoint['temporality']> = {
  '1': 'DELTA',
  '2': 'CUMULATIVE',
  AGGREGATION_TEMPORALITY_DELTA: 'DELTA',
  AGGREGATION_TEMPORALITY_CUMULATIVE: 'CUMULATIVE',
};

function temporalityAt(value: unknown, path: string): OtlpMetricPoint['temporality'] {
  const key = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  const temporality = Object.prototype.hasOwnProperty.call(TEMPORALITY, key) ? TEMPORALITY[key] : undefined;
  if (!temporality) {
    fail(
      path,
      `must be 1 (DELTA) or 2 (CUMULATIVE), got ${value === undefined ? 'none' : JSON.stringify(value)}`,
    );
  }
  return temporality;
}

/** The data point's value: exactly one of asDouble / asInt, finite, non-negative, exact. */
function counterValueOf(dp: Obj, dpPath: string): number {
  const hasDouble = dp['asDouble'] !== undefined && dp['asDouble'] !== null;
  const hasInt = dp['asInt'] !== undefined && dp['asInt'] !== null;
  if (hasDouble && hasInt) fail(dpPath, 'must set only one of asDouble and asInt');
  if (!hasDouble && !hasInt) fail(dpPath, 'has no value (asDouble or asInt)');

  if (hasDouble) {
    const path = `${dpPath}.asDouble`;
    const value = doubleOf(dp['asDouble'], path);
    if (Number.isNaN(value)) fail(path, 'is NaN');
    if (!Number.isFinite(value)) fail(path, 'is not finite');
    if (value < 0) fail(path, `is negative (${value}); a counter only counts up`);
    if (value > Number.MAX_SAFE_INTEGER) fail(path, `exceeds Number.MAX_SAFE_INTEGER (${value})`);
    return value === 0 ? 0 : value; // no -0
  }

  const path = `${dpPath}.asInt`;
  const raw = dp['asInt'];
  let n: bigint;
  if (typeof raw === 'string' && /^-?\d{1,20}$/.test(raw)) {
    n = BigInt(raw);
  } else if (typeof raw === 'number' && Number.isInteger(raw)) {
    if (!Number.isSafeInteger(raw)) fail(path, `exceeds Number.MAX_SAFE_INTEGER (${raw})`);
    n = BigInt(raw);
  } else {
    fail(path, `must be a 64-bit integer (decimal string or number), got ${JSON.stringify(raw)}`);
  }
  if (n < 0n) fail(path, `is negative (${n}); a counter only counts up`);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) fail(path, `exceeds Number.MAX_SAFE_INTEGER (${n})`);
  return Number(n);
}

/** A proto3-JSON double: a number, or a string ("NaN", "Infinity", "-Infinity", or numeric). */
function doubleOf(value: unknown, path: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (value === 'NaN') return NaN;
    if (value === 'Infinity') return Infinity;
    if (value === '-Infinity') return -Infinity;
    const n = value.trim() === '' ? NaN : Number(value);
    if (!Number.isNaN(n)) return n;
  }
  fail(path, `must be a number, got ${JSON.stringify(value)}`);
}

// ---------------------------------------------------------------------------------------------
// Attributes

type Attributes = Record<string, OtlpAttributeValue>;

function resourceAttributesOf(parent: Obj, parentPath: string): Attributes {
  const resource = objectAt(parent['resource'], `${parentPath}.resource`);
  return resource ? attributesAt(resource['attributes'], `${parentPath}.resource.attributes`) : {};
}

function scopeAttributesOf(parent: Obj, parentPath: string): Attributes {
  const scope = objectAt(parent['scope'], `${parentPath}.scope`);
  return scope ? attributesAt(scope['attributes'], `${parentPath}.scope.attributes`) : {};
}

/** Sets a key as an own property, so keys such as `__proto__` are data, not prototype changes. */
function setAttribute(target: Attributes, key: string, value: OtlpAttributeValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mergeAttributes(...layers: Attributes[]): Attributes {
  const merged: Attributes = {};
  for (const layer of layers) for (const key of Object.keys(layer)) setAttribute(merged, key, layer[key]);
  return merged;
}

/** A repeated KeyValue → attributes. Later keys win; empty keys and empty values are dropped. */
function attributesAt(value: unknown, path: string): Attributes {
  const attributes: Attributes = {};
  arrayAt(value, path).forEach((kvValue, i) => {
    const kvPath = `${path}[${i}]`;
    const kv = requiredObjectAt(kvValue, kvPath);
    const key = stringAt(kv['key'], `${kvPath}.key`);
    const attr = attributeValueOf(kv['value'], `${kvPath}.value`);
    if (key !== '' && attr !== undefined) setAttribute(attributes, key, attr);
  });
  return attributes;
}

/**
 * An AnyValue as an attribute value. Integers past Number.MAX_SAFE_INTEGER stay exact as decimal
 * strings; arrays and key-value lists become their JSON text; bytes stay base64.
 */
function attributeValueOf(value: unknown, path: string): OtlpAttributeValue | undefined {
  const plain = anyValueOf(value, path, 0);
  if (plain === undefined || plain === null) return undefined;
  if (typeof plain === 'object') return JSON.stringify(plain);
  return plain;
}

type Plain = OtlpAttributeValue | null | Plain[] | { [key: string]: Plain };

function anyValueOf(value: unknown, path: string, depth: number): Plain | undefined {
  if (depth > MAX_ANY_VALUE_DEPTH) fail(path, `is nested more than ${MAX_ANY_VALUE_DEPTH} levels deep`);
  const any = objectAt(value, path);
  if (!any) return undefined;
  const present = (key: string) => any[key] !== undefined && any[key] !== null;

  if (present('stringValue')) return stringAt(any['stringValue'], `${path}.stringValue`);
  if (present('boolValue')) {
    if (typeof any['boolValue'] !== 'boolean') fail(`${path}.boolValue`, 'must be a boolean');
    return any['boolValue'];
  }
  if (present('intValue')) return intAttributeOf(any['intValue'], `${path}.intValue`);
  if (present('doubleValue')) return doubleOf(any['doubleValue'], `${path}.doubleValue`);
  if (present('arrayValue')) {
    const arrayPath = `${path}.arrayValue`;
    const array = requiredObjectAt(any['arrayValue'], arrayPath);
    return arrayAt(array['values'], `${arrayPath}.values`).map(
      (item, i) => anyValueOf(item, `${arrayPath}.values[${i}]`, depth + 1) ?? null,
    );
  }
  if (present('kvlistValue')) {
    const listPath = `${path}.kvlistValue`;
    const list = requiredObjectAt(any['kvlistValue'], listPath);
    const out: { [key: string]: Plain } = {};
    arrayAt(list['values'], `${listPath}.values`).forEach((kvValue, i) => {
      const kvPath = `${listPath}.values[${i}]`;
      const kv = requiredObjectAt(kvValue, kvPath);
      const key = stringAt(kv['key'], `${kvPath}.key`);
      const item = anyValueOf(kv['value'], `${kvPath}.value`, depth + 1);
      if (key !== '')
        Object.defineProperty(out, key, { value: item ?? null, enumerable: true, writable: true });
    });
    return out;
  }
  if (present('bytesValue')) return stringAt(any['bytesValue'], `${path}.bytesValue`);
  return undefined; // an empty AnyValue
}

function intAttributeOf(value: unknown, path: string): number | string {
  if (typeof value === 'number' && Number.isInteger(value)) {
    return Number.isSafeInteger(value) ? value : BigInt(value).toString();
  }
  if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) {
    const n = BigInt(value);
    const safe = n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER);
    return safe ? Number(n) : n.toString();
  }
  fail(path, `must be a 64-bit integer (decimal string or number), got ${JSON.stringify(value)}`);
}

function eventNameOf(record: Obj, attributes: Attributes, path: string): string {
  const eventName = stringAt(record['eventName'], `${path}.eventName`);
  if (eventName) return eventName;
  const fromAttribute = attributes['event.name'];
  if (typeof fromAttribute === 'string' && fromAttribute) return fromAttribute;
  const body = objectAt(record['body'], `${path}.body`);
  return body ? stringAt(body['stringValue'], `${path}.body.stringValue`) : '';
}
