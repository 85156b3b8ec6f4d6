export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __TOKENROLL_PG__?: { stop(): Promise<void> } }).__TOKENROLL_PG__;
  if (server) await server.stop();
}
