import ipaddr from 'ipaddr.js';

/**
 * Which addresses the server may call. Only globally routable unicast addresses are allowed: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata address
 * 169.254.169.254, fe80::/10), unspecified (0.0.0.0, ::), carrier-grade NAT, multicast, broadcast, reserved
 * and the IPv6 forms that embed an IPv4 address (mapped ::ffff:a.b.c.d, NAT64, 6to4, Teredo) are refused,
 * unless the operator allows a network in the server's environment (OUTBOUND_ALLOWED_NETWORKS: tests and
 * self-hosted installs). Never a per-company setting.
 */
export class OutboundPolicy {
  private readonly allowed: [ipaddr.IPv4 | ipaddr.IPv6, number][];

  constructor(readonly allowedNetworks: readonly string[] = []) {
    this.allowed = allowedNetworks.map(parseNetwork);
  }

  /** Why the server must not connect to `address` (an IP literal), or null when it may. */
  refusal(address: string): string | null {
    const bare = address.replace(/^\[|\]$/g, '');
    if (!ipaddr.isValid(bare)) return 'is not an IP address';
    // IPv4-mapped (and -compatible) IPv6 addresses are judged as the IPv4 address they carry.
    const parsed = ipaddr.process(bare);
    for (const [network, bits] of this.allowed)
      if (network.kind() === parsed.kind() && parsed.match(network as never, bits)) return null;
    const range = parsed.range();
    return range === 'unicast' ? null : `${range} address ${parsed.toString()} is not allowed`;
  }

  /**
   * Why a URL is refused before any lookup: not http(s), credentials in it, a host that names this machine
   * (`localhost`, `*.localhost`) or an IP literal in a refused range (every form the URL parser reads as
   * IPv4 — decimal `2130706433`, hex, octal, short `127.1` — is normalized first). A host name is checked
   * again on every connection, on each address it resolves to (see OutboundHttp).
   */
  urlRefusal(raw: string): string | null {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return 'must be an absolute http(s) URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
    if (url.username || url.password) return 'must not carry a user name or password';
    const host = url.hostname
      .replace(/^\[|\]$/g, '')
      .replace(/\.$/, '')
      .toLowerCase();
    if (!host) return 'must name a host';
    if (ipaddr.isValid(host)) {
      const refusal = this.refusal(host);
      return refusal ? `must not point at a private or local address: ${refusal}` : null;
    }
    if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))
      return this.allowedNetworks.length && (host === 'localhost' || host.endsWith('.localhost'))
        ? this.localhostAllowed()
        : 'must not point at a private or local address: the host must be a public domain name';
    return null;
  }

  /** `localhost` is allowed only when the operator allows both loopback addresses it may resolve to. */
  private localhostAllowed(): string | null {
    return this.refusal('127.0.0.1') === null && this.refusal('::1') === null
      ? null
      : 'must not point at a private or local address: localhost';
  }
}

/** `10.0.0.0/8`, `::1/128` or a bare address (a /32 or /128); throws on anything else. */
export function parseNetwork(text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  const value = text.trim();
  if (value.includes('/')) return ipaddr.parseCIDR(value);
  const address = ipaddr.parse(value);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

/** Thrown when a call is refused for its address; its message is safe to show and to log. */
export class OutboundRefusedError extends Error {
  readonly code = 'OUTBOUND_REFUSED';
  constructor(reason: string) {
    super(`refused: ${reason}`);
  }
}
