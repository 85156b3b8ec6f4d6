import { Inject, Injectable } from '@nestjs/common';
import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { Agent as HttpAgent, IncomingMessage, request as httpRequest, STATUS_CODES } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, LookupFunction, Socket } from 'node:net';
import { APP_CONFIG, AppConfig } from '../config/config';
import { OutboundPolicy, OutboundRefusedError } from './outbound-policy';

export interface OutboundRequest {
  method?: string;
  headers?: ConstructorParameters<typeof Headers>[0];
  /** A library's custom fetch may pass form parameters or bytes. */
  body?: string | Buffer | Uint8Array | URLSearchParams | null;
  /** Abort after this long (default 10 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** At most this many bytes of the answer are read (default 1 MiB); more aborts the call. */
  maxResponseBytes?: number;
}

type Resolver = (
  hostname: string,
  options: { all: true; family?: number },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * The one HTTP client for every URL the server calls (webhooks, and whatever calls out later: OIDC issuers,
 * importers, gateway upstreams, billing). Every address is checked against the OutboundPolicy where it is
 * used: an IP literal before connecting, each address a host name resolves to in the socket's own lookup
 * (so a name that resolves to a public address once and to 127.0.0.1 at connect time — DNS rebinding — is
 * refused), and the connected socket's remote address once more. Redirects are never followed (a 3xx is
 * returned as it is). `fetch` answers a standard Response, so it also serves as a library's custom fetch.
 */
export class OutboundClient {
  private readonly lookup: LookupFunction;
  private readonly agents: { http: HttpAgent; https: HttpsAgent };

  constructor(
    readonly policy: OutboundPolicy,
    resolve: Resolver = dnsLookup as unknown as Resolver,
  ) {
    this.lookup = ((hostname: string, options: { all?: boolean; family?: number }, callback: never) => {
      const done = callback as (
        error: Error | null,
        address: string | LookupAddress[],
        family?: number,
      ) => void;
      resolve(hostname, { all: true, family: options.family }, (error, addresses) => {
        if (error) return done(error, options.all ? [] : '');
        if (!addresses.length) return done(new Error(`no address for ${hostname}`), options.all ? [] : '');
        for (const { address } of addresses) {
          const refusal = policy.refusal(address);
          if (refusal)
            return done(new OutboundRefusedError(`${hostname}: ${refusal}`), options.all ? [] : '');
        }
        if (options.all) done(null, addresses);
        else done(null, addresses[0].address, addresses[0].family);
      });
    }) as LookupFunction;
    this.agents = {
      http: new HttpAgent({ keepAlive: false, lookup: this.lookup } as never),
      https: new HttpsAgent({ keepAlive: false, lookup: this.lookup } as never),
    };
  }

  /** Why `url` may not be called (checked before any lookup), or null. */
  urlRefusal(url: string): string | null {
    return this.policy.urlRefusal(url);
  }

  async fetch(url: string | URL, init: OutboundRequest = {}): Promise<Response> {
    const target = new URL(String(url));
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
      throw new OutboundRefusedError(`${target.protocol} is not http or https`);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const refusal = this.policy.refusal(host);
      if (refusal) throw new OutboundRefusedError(refusal);
    }
    const timeout = AbortSignal.timeout(init.timeoutMs ?? 10_000);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const limit = init.maxResponseBytes ?? 1024 * 1024;
    const secure = target.protocol === 'https:';
    const headers = Object.fromEntries(new Headers(init.headers));
    let body = init.body ?? undefined;
    if (body instanceof URLSearchParams) {
      headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
      body = body.toString();
    }
    return new Promise<Response>((resolve, reject) => {
      const request = (secure ? httpsRequest : httpRequest)(
        target,
        {
          method: init.method ?? 'GET',
          headers,
          agent: secure ? this.agents.https : this.agents.http,
          lookup: this.lookup,
          signal,
        },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > limit) {
              request.destroy(new Error(`the answer is larger than ${limit} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 502;
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers))
              for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
                headers.append(name, one);
            const empty = [101, 204, 205, 304].includes(status) || (init.method ?? 'GET') === 'HEAD';
            resolve(
              new Response(empty ? null : Buffer.concat(chunks), {
                status: status < 200 || status > 599 ? 502 : status,
                statusText: STATUS_CODES[status] ?? '',
                headers,
              }),
            );
          });
        },
      );
      // The address actually connected to, whatever resolved it.
      request.on('socket', (socket: Socket) => {
        const check = () => {
          const refusal = socket.remoteAddress ? this.policy.refusal(socket.remoteAddress) : null;
          if (refusal) request.destroy(new OutboundRefusedError(refusal));
        };
        if (socket.connecting) socket.once('connect', check);
        else check();
      });
      request.on('error', (error: Error) =>
        reject(signal.aborted && !(error instanceof OutboundRefusedError) ? new Error('timed out') : error),
      );
      if (body !== undefined) request.write(body);
      request.end();
    });
  }
}

/** The server's OutboundClient, built from OUTBOUND_ALLOWED_NETWORKS. */
@Injectable()
export class OutboundHttp extends OutboundClient {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(new OutboundPolicy(config.outboundAllowedNetworks));
  }
}

/** A short, safe reason for a failed call (never the answer's body): a code, a refusal or a timeout. */
export function outboundErrorReason(error: unknown): string {
  if (error instanceof OutboundRefusedError) return error.message.slice(0, 200);
  const { code, message } = error as { code?: string; message?: string };
  if (code && /^[A-Z_]+$/.test(code)) return code;
  return (message ?? String(error)).slice(0, 200);
}
