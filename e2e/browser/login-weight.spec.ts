import { expect, test } from './support';

/*
 * What the sign-in page downloads in Chromium, measured over the wire (the encoded bytes of every response,
 * as the browser's network layer counts them): compressed, within the first-load budget, and nothing
 * loads that the sign-in page does not need (no chart library, no page of the app).
 */
test('the sign-in page downloads little, compressed, and its hashed assets are immutable', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<
    string,
    { url: string; type: string; encoding: string; cache: string; length: number }
  >();
  const bytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    responses.set(event.requestId, {
      url: event.response.url,
      type: event.type,
      encoding: headers['content-encoding'] ?? '',
      cache: headers['cache-control'] ?? '',
      length: Number(headers['content-length'] ?? 0),
    });
  });
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));

  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const rows = [...responses.entries()].map(([id, response]) => ({ ...response, bytes: bytes.get(id) ?? 0 }));
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);
  const scripts = rows.filter((row) => row.type === 'Script');
  const scriptBytes = scripts.reduce((sum, row) => sum + row.bytes, 0);
  console.log(
    `login page over the wire: ${(total / 1024).toFixed(1)} KB in ${rows.length} responses, ` +
      `${(scriptBytes / 1024).toFixed(1)} KB of JavaScript in ${scripts.length} files`,
  );
  for (const row of rows.sort((a, b) => b.bytes - a.bytes).slice(0, 6))
    console.log(`  ${(row.bytes / 1024).toFixed(1).padStart(7)} KB ${row.encoding || 'identity'} ${row.url}`);

  expect(scriptBytes).toBeLessThanOrEqual(250 * 1024);
  expect(total).toBeLessThan(400 * 1024);
  for (const row of rows.filter((each) => /\/assets\//.test(each.url))) {
    // the build leaves files under 512 bytes uncompressed: nothing to gain (the wire size counts the
    // headers, the security headers included, so the body's own length decides)
    if (row.encoding === '') expect(row.length, row.url).toBeLessThan(512);
    else expect(row.encoding, row.url).toMatch(/^(br|gzip)$/);
    expect(row.cache, row.url).toBe('public, max-age=31536000, immutable');
  }
  const document = rows.find((row) => row.type === 'Document');
  expect(document?.cache).toBe('no-cache');
  // the charts and the app's pages load with the pages that need them
  expect(
    scripts.map((row) => row.url).filter((url) => /LineChart|recharts|TeamBurnPage|AppLayout/.test(url)),
  ).toEqual([]);
});
