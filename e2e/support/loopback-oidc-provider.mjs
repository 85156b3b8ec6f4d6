#!/usr/bin/env node
/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, for tests of single sign-on.
 *
 *   node e2e/support/loopback-oidc-provider.mjs [port]
 *
 * Prints one JSON line `{"issuer": "http://127.0.0.1:<port>"}` once it listens. Clients come from the
 * environment: OIDC_CLIENTS='[{"client_id":"tokenroll","client_secret":"…","redirect_uris":["…"]}]'.
 *
 * Sign-in page: /interaction/<uid> asks for an email; every email signs in (no password). Claims of an account:
 * `email`, `email_verified` (false when the local part starts with "unverified"), `name`, plus what a test set
 * with `POST /__test/accounts {"email": …, "claims": {…}}` (e.g. groups).
 *
 * Tampering, for the checks the relying party must make: `POST /__test/tamper {"aud"?, "exp"?, "iat"?,
 * "nonce"?, "iss"?, "foreignKey"?: true}` rewrites the ID token of the next token response (signed again with
 * the provider's own key, or with a key the provider never published when foreignKey is set).
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.OIDC_PORT ?? 0);
const clients = JSON.parse(process.env.OIDC_CLIENTS ?? '[]');

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingJwk = { ...privateKey.export({ format: 'jwk' }), kid: 'loopback-1', alg: 'RS256', use: 'sig' };
const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });

const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decodePart = (text) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
/** A compact JWS (RS256), as the provider itself signs ID tokens. */
function signJwt(header, payload, key) {
  const input = `${part(header)}.${part(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

const accounts = new Map();
let tamper = null;

const server = createServer();
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...client,
  })),
  jwks: { keys: [signingJwk] },
  cookies: { keys: ['loopback-oidc-provider-cookie-key'] },
  // Email and name in the ID token itself (not only from userinfo).
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const extra = accounts.get(id) ?? {};
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email: id,
          email_verified: !id.startsWith('unverified'),
          name: id.split('@')[0],
          ...extra,
        };
      },
    };
  },
});

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && tamper && ctx.body && typeof ctx.body === 'object' && ctx.body.id_token) {
    const changes = tamper;
    tamper = null;
    const [headerText, payloadText] = ctx.body.id_token.split('.');
    const { foreignKey, ...claims } = changes;
    const payload = { ...decodePart(payloadText), ...claims };
    ctx.body = {
      ...ctx.body,
      id_token: signJwt(decodePart(headerText), payload, foreignKey ? foreign.privateKey : privateKey),
    };
  }
});

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    if (req.method === 'POST' && url.pathname === '/__test/tamper') {
      tamper = JSON.parse((await readBody(req)) || '{}');
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/__test/accounts') {
      const { email, claims } = JSON.parse(await readBody(req));
      accounts.set(email, claims ?? {});
      res.writeHead(204).end();
      return;
    }
    const interaction = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (interaction) {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET' && !interaction[2]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html><head><title>Loopback identity provider</title>
<style>body{font-family:sans-serif;max-width:28rem;margin:4rem auto}label,input,button{display:block;width:100%;margin:.4rem 0;font-size:1rem}</style></head>
<body><h1>Loopback identity provider</h1>
<p>Signing in to <b>${escape(details.params.client_id)}</b></p>
<form method="post" action="/interaction/${escape(details.uid)}/login">
<label for="email">Work email</label><input id="email" name="email" type="email" required autofocus
 value="${escape(details.params.login_hint ?? '')}">
<button type="submit">Continue</button></form></body></html>`);
        return;
      }
      if (req.method === 'POST' && interaction[2]) {
        const email = new URLSearchParams(await readBody(req)).get('email')?.trim().toLowerCase();
        if (!email) {
          res.writeHead(400).end('email is required');
          return;
        }
        const grant = new provider.Grant({ accountId: email, clientId: details.params.client_id });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: email }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
    }
    callback(req, res);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.message ?? error));
  }
});

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
