import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { prepareDatabase } from './database/prepare';
import { seedDemo } from './database/seed/demo.seed';
import { processSecretStore } from './secrets/secret-store';

function log(message: string): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);
}

// V8 lets the heap grow to about 4× what is live before a full collection when a request allocates fast (a
// streamed FOCUS export: ~470 MB resident for a ~70 MB live heap). Growing 30% at a time keeps the api near
// what it holds (the same export peaks at ~230 MB) for ~10% more time in the collector. Read at each limit
// computation, so setting it at start takes effect (measured by e2e/bench/focus-export.mjs).
setFlagsFromString('--heap-growing-percent=30');

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // The secret store is resolved before migrations, which seal with it too (refuses a bad SECRET_KEYS).
  processSecretStore(config);
  const db = await prepareDatabase(config, log);
  const app = await createApp(config, db.appUrl);
  if (config.seedDemo) await seedDemo(app, config.dataDir, log);
  await app.listen({ port: config.port, host: config.host });
  log(
    `Tokenroll ready on http://localhost:${config.port} (GraphQL /graphql, REST /v1, docs /docs) in ${Date.now() - started} ms`,
  );
  const shutdown = async () => {
    await app.close();
    await db.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Tokenroll failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
