import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * The real `oidc-provider` on loopback (e2e/support/loopback-oidc-provider.mjs) as a child process, with
 * one confidential client whose redirect URI is the app under test's /sso/callback.
 */
export async function startOidcProvider(client: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<{
  issuer: string;
  setClaims(email: string, claims: Record<string, unknown>): Promise<void>;
  stop(): void;
}> {
  const script = path.join(__dirname, '../support/loopback-oidc-provider.mjs');
  const child = spawn(process.execPath, [script, '0'], {
    env: {
      PATH: process.env.PATH,
      OIDC_CLIENTS: JSON.stringify([
        {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: [client.redirectUri],
        },
      ]),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`OIDC provider did not start:\n${output}`)), 40_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"issuer"'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { issuer: string }).issuer);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`OIDC provider exited with ${code}:\n${output}`)));
  });
  return {
    issuer,
    async setClaims(email, claims) {
      const response = await fetch(`${issuer}/__test/accounts`, {
        method: 'POST',
        body: JSON.stringify({ email, claims }),
      });
      if (response.status !== 204) throw new Error(`setting claims failed: ${response.status}`);
    },
    stop: () => child.kill('SIGTERM'),
  };
}
