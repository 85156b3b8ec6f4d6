import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, TestApp } from '../test/test-app';

/** The production web build the api serves (run `nx build web` first; `npm test` builds it before this). */
const WEB = resolve(__dirname, '../../../../dist/apps/web');
const SOURCE_MAPS = resolve(__dirname, '../../../../dist/apps/web-sourcemaps');

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with a chosen Accept-Encoding, the body as it came over the wire (not decompressed). */
function get(t: TestApp, path: string, acceptEncoding: string): Promise<Raw> {
  return new Promise((done, fail) => {
    const req = request(`${t.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serving the web app: precompressed, hashed assets immutable, index.html revalidated, no source maps', () => {
  let t: TestApp;
  let entry: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB, 'index.html'))) throw new Error(`no web build in ${WEB}: run \`nx build web\``);
    entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(readFileSync(join(WEB, 'index.html'), 'utf8'))![1];
    t = await startTestApp({ WEB_DIST_DIR: WEB });
  });

  afterAll(() => t?.close());

  it('a hashed asset goes out as brotli (or gzip) and is cached for a year, immutable', async () => {
    const raw = readFileSync(join(WEB, entry));
    const br = await get(t, entry, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    expect(br.body.length).toBeLessThan(raw.length / 2);

    const gz = await get(t, entry, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);

    const plain = await get(t, entry, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
  });

  it('index.html, at / and at any page of the app, is compressed and revalidated on every load', async () => {
    for (const path of ['/', '/login', '/team-burn']) {
      const page = await get(t, path, 'br');
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(page.body).toString()).toContain(entry);
    }
  });

  it('source maps are built but never served', async () => {
    const maps = readdirSync(SOURCE_MAPS).filter((name) => name.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    expect(readdirSync(join(WEB, 'assets')).filter((name) => name.endsWith('.map'))).toEqual([]);
    // no bundle points at a map
    expect(readFileSync(join(WEB, entry), 'utf8')).not.toContain('sourceMappingURL');
    for (const path of [`${entry}.map`, `/assets/${maps[0]}`, '/anything.map']) {
      const answer = await get(t, path, 'identity');
      expect(answer.status).toBe(404);
    }
    // nor the build manifest
    expect((await get(t, '/.vite/manifest.json', 'identity')).body.toString()).not.toContain('"isEntry"');
  });
});
