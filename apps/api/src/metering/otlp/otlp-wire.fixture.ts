import { Writer } from 'protobufjs/light';

// ---------------------------------------------------------------------------------------------
// OTLP/JSON request shapes used to build payloads, and an independent protobuf encoder for them:
// it writes the opentelemetry-proto wire format field by field with protobufjs's Writer, without
// the decoder's schema, so a wrong field number or type in the decoder cannot cancel out.

export interface AnyValueJson {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values: AnyValueJson[] };
  kvlistValue?: { values: KeyValueJson[] };
  bytesValue?: string;
}
export interface KeyValueJson {
  key: string;
  value?: AnyValueJson;
}
export interface ScopeJson {
  name?: string;
  version?: string;
  attributes?: KeyValueJson[];
}
export interface NumberDataPointJson {
  attributes?: KeyValueJson[];
  startTimeUnixNano?: string | number;
  timeUnixNano?: string | number;
  asDouble?: number | string;
  asInt?: string | number;
}
export interface MetricJson {
  name: string;
  description?: string;
  unit?: string;
  sum?: { dataPoints: NumberDataPointJson[]; aggregationTemporality?: number; isMonotonic?: boolean };
  gauge?: { dataPoints: NumberDataPointJson[] };
  histogram?: {
    dataPoints: { timeUnixNano: string; count: string; sum: number }[];
    aggregationTemporality: number;
  };
}
export interface MetricsRequestJson {
  resourceMetrics: {
    resource?: { attributes: KeyValueJson[] };
    scopeMetrics: { scope?: ScopeJson; metrics: MetricJson[] }[];
  }[];
}
export interface LogRecordJson {
  timeUnixNano?: string | number;
  observedTimeUnixNano?: string | number;
  severityNumber?: number;
  severityText?: string;
  body?: AnyValueJson;
  attributes?: KeyValueJson[];
  traceId?: string;
  spanId?: string;
  eventName?: string;
}
export interface LogsRequestJson {
  resourceLogs: {
    resource?: { attributes: KeyValueJson[] };
    scopeLogs: { scope?: ScopeJson; logRecords: LogRecordJson[] }[];
  }[];
}

const VARINT = 0;
const I64 = 1;
const LEN = 2;

const tag = (w: Writer, field: number, wireType: number) => w.uint32((field << 3) | wireType);
function sub(w: Writer, field: number, write: (w: Writer) => void): void {
  tag(w, field, LEN).fork();
  write(w);
  w.ldelim();
}
/** fixed64 / sfixed64: 8 bytes little-endian, two's complement. */
function fixed64(w: Writer, field: number, value: string | number): void {
  const n = BigInt.asUintN(64, BigInt(value));
  tag(w, field, I64)
    .fixed32(Number(n & 0xffffffffn))
    .fixed32(Number(n >> 32n));
}
const hexBytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

function writeAnyValue(w: Writer, v: AnyValueJson): void {
  if (v.stringValue !== undefined) tag(w, 1, LEN).string(v.stringValue);
  if (v.boolValue !== undefined) tag(w, 2, VARINT).bool(v.boolValue);
  if (v.intValue !== undefined) tag(w, 3, VARINT).int64(String(v.intValue));
  if (v.doubleValue !== undefined) tag(w, 4, I64).double(v.doubleValue);
  if (v.arrayValue)
    sub(w, 5, (a) => v.arrayValue!.values.forEach((item) => sub(a, 1, (x) => writeAnyValue(x, item))));
  if (v.kvlistValue)
    sub(w, 6, (l) => v.kvlistValue!.values.forEach((kv) => sub(l, 1, (x) => writeKeyValue(x, kv))));
  if (v.bytesValue !== undefined) tag(w, 7, LEN).bytes(v.bytesValue); // base64
}
function writeKeyValue(w: Writer, kv: KeyValueJson): void {
  tag(w, 1, LEN).string(kv.key);
  if (kv.value) sub(w, 2, (x) => writeAnyValue(x, kv.value!));
}
const writeAttributes = (w: Writer, field: number, attrs: KeyValueJson[] = []) =>
  attrs.forEach((kv) => sub(w, field, (x) => writeKeyValue(x, kv)));
function writeScope(w: Writer, scope: ScopeJson): void {
  if (scope.name !== undefined) tag(w, 1, LEN).string(scope.name);
  if (scope.version !== undefined) tag(w, 2, LEN).string(scope.version);
  writeAttributes(w, 3, scope.attributes);
}
function writeNumberDataPoint(w: Writer, dp: NumberDataPointJson): void {
  writeAttributes(w, 7, dp.attributes);
  if (dp.startTimeUnixNano !== undefined) fixed64(w, 2, dp.startTimeUnixNano);
  if (dp.timeUnixNano !== undefined) fixed64(w, 3, dp.timeUnixNano);
  if (dp.asDouble !== undefined) tag(w, 4, I64).double(Number(dp.asDouble));
  if (dp.asInt !== undefined) fixed64(w, 6, dp.asInt);
}
function writeMetric(w: Writer, m: MetricJson): void {
  tag(w, 1, LEN).string(m.name);
  if (m.description !== undefined) tag(w, 2, LEN).string(m.description);
  if (m.unit !== undefined) tag(w, 3, LEN).string(m.unit);
  const gauge = m.gauge;
  if (gauge)
    sub(w, 5, (g) => gauge.dataPoints.forEach((dp) => sub(g, 1, (x) => writeNumberDataPoint(x, dp))));
  const sum = m.sum;
  if (sum) {
    sub(w, 7, (s) => {
      sum.dataPoints.forEach((dp) => sub(s, 1, (x) => writeNumberDataPoint(x, dp)));
      if (sum.aggregationTemporality !== undefined) tag(s, 2, VARINT).int32(sum.aggregationTemporality);
      if (sum.isMonotonic !== undefined) tag(s, 3, VARINT).bool(sum.isMonotonic);
    });
  }
  const histogram = m.histogram;
  if (histogram) {
    sub(w, 9, (h) => {
      histogram.dataPoints.forEach((dp) =>
        sub(h, 1, (x) => {
          fixed64(x, 3, dp.timeUnixNano);
          fixed64(x, 4, dp.count);
          tag(x, 5, I64).double(dp.sum);
        }),
      );
      tag(h, 2, VARINT).int32(histogram.aggregationTemporality);
    });
  }
}
export function encodeMetricsRequest(req: MetricsRequestJson): Buffer {
  const w = Writer.create();
  for (const rm of req.resourceMetrics) {
    sub(w, 1, (r) => {
      if (rm.resource) sub(r, 1, (x) => writeAttributes(x, 1, rm.resource!.attributes));
      for (const sm of rm.scopeMetrics) {
        sub(r, 2, (s) => {
          if (sm.scope) sub(s, 1, (x) => writeScope(x, sm.scope!));
          sm.metrics.forEach((m) => sub(s, 2, (x) => writeMetric(x, m)));
        });
      }
    });
  }
  return Buffer.from(w.finish());
}
function writeLogRecord(w: Writer, lr: LogRecordJson): void {
  if (lr.timeUnixNano !== undefined) fixed64(w, 1, lr.timeUnixNano);
  if (lr.severityNumber !== undefined) tag(w, 2, VARINT).int32(lr.severityNumber);
  if (lr.severityText !== undefined) tag(w, 3, LEN).string(lr.severityText);
  if (lr.body) sub(w, 5, (x) => writeAnyValue(x, lr.body!));
  writeAttributes(w, 6, lr.attributes);
  tag(w, 8, 5).fixed32(1); // flags (fixed32)
  if (lr.traceId !== undefined) tag(w, 9, LEN).bytes(hexBytes(lr.traceId));
  if (lr.spanId !== undefined) tag(w, 10, LEN).bytes(hexBytes(lr.spanId));
  if (lr.observedTimeUnixNano !== undefined) fixed64(w, 11, lr.observedTimeUnixNano);
  if (lr.eventName !== undefined) tag(w, 12, LEN).string(lr.eventName);
}
export function encodeLogsRequest(req: LogsRequestJson): Buffer {
  const w = Writer.create();
  for (const rl of req.resourceLogs) {
    sub(w, 1, (r) => {
      if (rl.resource) sub(r, 1, (x) => writeAttributes(x, 1, rl.resource!.attributes));
      for (const sl of rl.scopeLogs) {
        sub(r, 2, (s) => {
          if (sl.scope) sub(s, 1, (x) => writeScope(x, sl.scope!));
          sl.logRecords.forEach((lr) => sub(s, 2, (x) => writeLogRecord(x, lr)));
        });
      }
    });
  }
  return Buffer.from(w.finish());
}
