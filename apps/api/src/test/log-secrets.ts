/**
 * What a server log line must never carry (issue 13): passwords, access and refresh tokens, invitation
 * tokens, API keys, webhook secrets, pay figures. The test app remembers every such value its tests sent or
 * received, and when it closes looks for each of them in everything the server printed (at `info`, the
 * level production runs at); a find fails the test file. Any JWT, argon2 hash or refresh cookie is refused
 * by its shape, whether the test app saw the value or not.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class LogSecrets {
  private readonly values = new Map<string, string>();
  private readonly payFigures = new Set<string>();

  /** A value that must not be logged (at least 8 characters: shorter ones say nothing). */
  remember(kind: string, value: unknown): void {
    if (typeof value !== 'string' || value.length < 8) return;
    // An id is no secret, and paths carry ids by design: a UUID sent where a password goes (the fuzz test
    // sends known ids into every field) is not remembered as one.
    if (UUID.test(value)) return;
    this.values.set(value, kind);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) this.values.set(encoded, kind);
  }

  /** A pay figure (a decimal amount or micro-units); matched as a whole number in the log. */
  rememberPay(value: unknown): void {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const digits = String(value).replace(/[,\s]/g, '').replace(/\.0+$/, '');
    if (/^\d{5,}$/.test(digits)) this.payFigures.add(digits);
  }

  /** Walks a GraphQL request's variables or answer and remembers what is secret by its field's name. */
  collect(value: unknown, key = ''): void {
    if (Array.isArray(value)) {
      for (const item of value) this.collect(item, key);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) this.collect(inner, name);
      return;
    }
    if (/password/i.test(key)) this.remember('a password', value);
    else if (/^(accessToken|refreshToken|token)$/.test(key)) this.remember('a token', value);
    else if (/secret|apiKey/i.test(key)) this.remember('a secret or API key', value);
    else if (key === 'acceptUrl' && typeof value === 'string') {
      this.remember('an invitation link', value);
      this.remember('an invitation token', new URL(value).searchParams.get('token') ?? '');
    } else if (/^(annualPay|annualPayMicros)$/.test(key)) this.rememberPay(value);
  }

  /** What the log carries that it must not: one line per find, with the value masked. */
  findIn(log: string): string[] {
    const finds: string[] = [];
    const lines = log.split('\n');
    const show = (line: string, value: string) => line.split(value).join('***').slice(0, 300);
    for (const line of lines) {
      for (const [value, kind] of this.values)
        if (line.includes(value)) finds.push(`${kind}: ${show(line, value)}`);
      for (const figure of this.payFigures)
        if (new RegExp(`(^|[^\\d])${figure}([^\\d]|$)`).test(line))
          finds.push(`a pay figure: ${show(line, figure)}`);
      for (const [kind, shape] of SHAPES) {
        const match = shape.exec(line);
        if (match) finds.push(`${kind}: ${show(line, match[0])}`);
      }
    }
    return finds;
  }
}

const SHAPES: [string, RegExp][] = [
  ['a JWT', /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/],
  ['a password hash', /\$argon2(id|i|d)\$[^\s"]+/],
  ['a refresh cookie', /tokenroll_refresh=[^;\s"]{8,}/],
];
