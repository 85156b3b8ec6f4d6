// The first-load budget of the web app: the JavaScript the sign-in page loads (the entry of the Vite
// manifest and every chunk it imports statically, recursively) must stay within the limit, counted as it
// goes over the wire: the brotli file the api serves (the gzip one where a chunk has no .br).
//   node tools/web-budget.mjs [--limit-kb=250]     (after `nx build web`; exits 1 over the limit)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const served = join(root, 'dist/apps/web');
const manifestFile = join(root, 'dist/apps/web-build/manifest.json');
const limitArg = process.argv.find((arg) => arg.startsWith('--limit-kb='));
const limitKb = Number(limitArg ? limitArg.slice('--limit-kb='.length) : (process.env.WEB_BUDGET_KB ?? 250));
if (!Number.isFinite(limitKb) || limitKb <= 0) {
  console.error(`web budget: --limit-kb must be a positive number of kilobytes, got ${limitArg}`);
  process.exit(2);
}
if (!existsSync(manifestFile)) {
  console.error(`web budget: no build manifest at ${manifestFile}: run \`nx build web\` first`);
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error('web budget: the manifest names no entry');
  process.exit(2);
}
/** The entry and its static imports (dynamic imports load later, with the page that needs them). */
const chunks = new Set();
const visit = (key) => {
  if (chunks.has(key)) return;
  chunks.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
entries.forEach(visit);

const rows = [...chunks]
  .map((key) => manifest[key].file)
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const path = join(served, file);
    const wire = [`${path}.br`, `${path}.gz`, path].find((candidate) => existsSync(candidate));
    return {
      file,
      raw: statSync(path).size,
      wire: statSync(wire).size,
      as: wire.slice(path.length) || '(raw)',
    };
  })
  .sort((a, b) => b.wire - a.wire);
const total = rows.reduce((sum, row) => sum + row.wire, 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const row of rows.slice(0, 8))
  console.log(`  ${kb(row.wire).padStart(7)} KB ${row.as.padEnd(5)} ${row.file} (${kb(row.raw)} KB raw)`);
if (rows.length > 8) console.log(`  … and ${rows.length - 8} smaller chunks`);
const verdict = total <= limitKb * 1024 ? 'within' : 'OVER';
console.log(
  `web budget: the sign-in page loads ${kb(total)} KB of compressed JavaScript in ${rows.length} chunks: ${verdict} the limit of ${limitKb} KB`,
);
process.exit(verdict === 'within' ? 0 : 1);
