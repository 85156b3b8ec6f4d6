import { loadPasswordEstimator } from '@tokenroll/domain';
import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ProblemResponse, withProblemResponses } from './common/openapi';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { securityHeaders } from './common/security-headers';
import { AppConfig } from './config/config';
import { httpRequestDuration } from './health/metrics';

const API_PREFIXES = ['/graphql', '/v1', '/docs', '/healthz', '/metrics'];

/** Builds the app (not listening yet): GraphQL, REST /v1, OpenAPI, metrics, and the built web app if present. */
/**
 * Hashed assets never change under their name: cached for a year, immutable. Everything else (index.html)
 * is checked again on each load, so a new release is picked up at once.
 */
export function setWebCacheHeaders(reply: { header(name: string, value: string): unknown }, path: string) {
  reply.header(
    'cache-control',
    /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

export async function createApp(config: AppConfig, appDatabaseUrl: string): Promise<NestFastifyApplication> {
  // The shared password rule's strength estimator (libs/domain) loads its dictionaries on demand.
  await loadPasswordEstimator();
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,128}$/.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, appDatabaseUrl),
    adapter,
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  await app.register(fastifyCookie as never);
  await app.register(fastifyHelmet as never, securityHeaders(config) as never);

  const fastify = app.getHttpAdapter().getInstance();
  // Roster files arrive as text/csv (10,000 rows is about 1 MB).
  fastify.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  // OTLP exports over http/protobuf (Claude Code's telemetry) arrive as bytes.
  fastify.addContentTypeParser(
    'application/x-protobuf',
    { parseAs: 'buffer', bodyLimit: 8 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  // One request id (given in x-request-id or made here) for Fastify, the JSON logs and the response header.
  fastify.addHook('onRequest', async (request, reply) => {
    (request.raw as { id?: string }).id = request.id;
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    httpRequestDuration
      .labels(request.method, request.routeOptions?.url ?? 'unmatched', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tokenroll API')
      .setDescription('REST endpoints for machines. People use GraphQL at /graphql.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { extraModels: [ProblemResponse] },
  );
  withProblemResponses(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'v1/openapi.json' });

  const webRoot = config.webDistDir;
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(
      (await import('@fastify/static')).default as never,
      {
        root: webRoot,
        prefix: '/',
        wildcard: false,
        index: false,
        // the build writes .br and .gz beside each file; the one the browser accepts goes out
        preCompressed: true,
        setHeaders: setWebCacheHeaders,
      } as never,
    );
    // The single-page app owns every other GET path; API paths that match no route stay 404 problems.
    fastify.get('/*', (request, reply) => {
      const path = request.url.split('?')[0];
      // source maps are built but never served (they stay out of the web folder; nor does a guess reach one)
      if (path.endsWith('.map')) {
        return reply
          .status(404)
          .header('content-type', 'application/problem+json')
          .send({
            type: 'https://tokenroll.dev/problems/not-found',
            title: 'NOT_FOUND',
            status: 404,
            detail: `No route ${path}`,
          });
      }
      if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
        return reply
          .status(404)
          .header('content-type', 'application/problem+json')
          .send({
            type: 'https://tokenroll.dev/problems/not-found',
            title: 'NOT_FOUND',
            status: 404,
            detail: `No route ${path}`,
          });
      }
      return (reply as unknown as { sendFile(name: string): unknown }).sendFile('index.html');
    });
  }
  return app;
}
