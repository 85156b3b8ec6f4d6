import { setFlagsFromString } from 'node:v8';
import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { prepareDatabase } from './database/prepare';
import { seedDemo } from './database/seed/demo.seed';

// A larger young generation (V8's default is 16 MB a semi-space): a request such as a company-wide team
// burn allocates tens of megabytes of short-lived rows and objects, and each scavenge of a full semi-space
// costs it time. Set before the app allocates; NODE_OPTIONS may still override it.
if (
  !process.execArgv.some((flag) => flag.startsWith('--max-semi-space-size')) &&
  !process.env.NODE_OPTIONS?.includes('--max-semi-space-size')
)
  setFlagsFromString('--max-semi-space-size=32');

function log(message: string): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
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
