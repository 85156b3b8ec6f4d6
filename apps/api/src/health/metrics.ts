import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'tokenroll_' });

export const httpRequestDuration = new Histogram({
  name: 'tokenroll_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export const jobFailures = new Counter({
  name: 'tokenroll_job_failures_total',
  help: 'Scheduled jobs that failed for good (after their last retry), by queue',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
});
