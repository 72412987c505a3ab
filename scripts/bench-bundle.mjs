#!/usr/bin/env node
/**
 * bench:bundle: first-load JS of the app's pages against a blank Next.js page.
 *
 * Method
 * 1. Writes a blank App Router app to .bench/blank/ (layout with html/body, a page with
 *    <main><h1>Blank</h1></main>) whose node_modules is a symlink to ../../node_modules,
 *    so it uses exactly this project's next/react, and builds it: the framework floor.
 * 2. Builds this app (`next build`), unless --no-build is given and .next/ exists.
 * 3. For each page route, gzips (level 9) every first-load chunk and sums the sizes.
 *    The chunk list comes from .next/diagnostics/route-bundle-stats.json (written by
 *    Next 16, which no longer prints first-load sizes); if that file is missing, from the
 *    <script src> tags of the prerendered .next/server/app/<route>.html. The noModule
 *    polyfill chunk (build-manifest polyfillFiles, polyfills-*.js, or noModule in the
 *    HTML) is left out: modern browsers never load it. Route handlers are not listed.
 * 4. Prints a table of every page route (so pages added later are measured without being
 *    named here) with its ratio to the blank page; exits 1 if any page is above 1.25x, or
 *    cannot be measured.
 *
 * Bundler: both apps are built with the same command and the default bundler (Turbopack
 * in Next 16), which is what `npm run build` ships. Turbopack refuses files outside its
 * root and the symlinked node_modules resolves into this project, so the blank app's own
 * next.config sets turbopack.root (and outputFileTracingRoot, which must match) to this
 * project's root, the root Next infers for this app from its package-lock.json. (Without
 * its own next.config the blank app would load ours: Next looks for it upwards.)
 * Turbopack also looks upwards for instrumentation.ts and proxy.ts, and would build ours
 * into the blank app, so it gets no-op ones of its own; neither adds client JS.
 * --webpack builds both apps with webpack instead.
 *
 * Usage: npm run bench:bundle [-- --no-build] [-- --webpack] [-- --app=DIR]
 * (--app measures another app directory instead of this one; meant for testing the script.)
 * Sizes are in kB (1000 bytes).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
const BLANK = path.join(ROOT, '.bench/blank');
const TARGET = 1.25;

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const APP = path.resolve(ROOT, option('app') ?? '.');
const WEBPACK = args.includes('--webpack');
const NO_BUILD = args.includes('--no-build');

function fail(message) {
  console.error(`bench:bundle: ${message}`);
  process.exit(1);
}

function writeBlankApp() {
  const files = {
    'package.json': '{ "private": true, "type": "module" }\n',
    'next.config.mjs':
      `const root = ${JSON.stringify(ROOT)};\n` +
      'export default { turbopack: { root }, outputFileTracingRoot: root };\n',
    // Minimal; `next build` fills in the rest (and rewrites it) on each run.
    'tsconfig.json':
      '{ "compilerOptions": { "strict": true, "noEmit": true, "jsx": "react-jsx", "module": "esnext",' +
      ' "moduleResolution": "bundler", "skipLibCheck": true }, "exclude": ["node_modules"] }\n',
    'app/layout.tsx':
      'export default function RootLayout({ children }: { children: React.ReactNode }) {\n' +
      '  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    'app/page.tsx':
      'export default function Page() {\n' +
      '  return (\n    <main>\n      <h1>Blank</h1>\n    </main>\n  );\n}\n',
    // No-ops that stop Turbopack from finding and building this project's own files.
    'instrumentation.ts': 'export function register() {}\n',
    'proxy.ts':
      "export function proxy() {}\nexport const config = { matcher: '/__bench-never__' };\n",
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(BLANK, name)), { recursive: true });
    fs.writeFileSync(path.join(BLANK, name), text);
  }
  const link = path.join(BLANK, 'node_modules');
  if (fs.lstatSync(link, { throwIfNoEntry: false }))
    fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync('../../node_modules', link, 'dir');
}

function build(dir, label) {
  const started = Date.now();
  process.stdout.write(`Building ${label} ... `);
  const run = spawnSync(process.execPath, [NEXT_BIN, 'build', ...(WEBPACK ? ['--webpack'] : [])], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.log('failed');
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ?? ''}`.trimEnd();
    console.error(output.split('\n').slice(-40).join('\n'));
    fail(`next build failed in ${path.relative(ROOT, dir) || '.'}`);
  }
  console.log(`${((Date.now() - started) / 1000).toFixed(1)}s`);
}

const readJson = (file) =>
  fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;

/** First-load chunks of each page route, from the prerendered HTML (fallback). */
function chunksFromHtml(nextDir) {
  const routes = readJson(path.join(nextDir, 'app-path-routes-manifest.json')) ?? {};
  return Object.entries(routes)
    .filter(([entry]) => entry.endsWith('/page') && entry !== '/_global-error/page')
    .map(([, route]) => {
      const html = path.join(nextDir, 'server/app', `${route === '/' ? '/index' : route}.html`);
      if (!fs.existsSync(html)) return { route, chunks: undefined }; // dynamic: no HTML
      const tags = fs.readFileSync(html, 'utf8').match(/<script\b[^>]*>/gi) ?? [];
      const chunks = tags
        .filter((tag) => !/\bnomodule\b/i.test(tag))
        .map((tag) => tag.match(/\bsrc="[^"]*?\/_next\/(static\/[^"?#]+\.js)/)?.[1])
        .filter(Boolean)
        .map((file) => `.next/${file}`);
      return { route, chunks };
    });
}

/** Map of page route -> gzip first-load bytes (undefined when unknown) for a built app. */
function measure(dir) {
  const nextDir = path.join(dir, '.next');
  const manifest = readJson(path.join(nextDir, 'build-manifest.json'));
  const polyfills = new Set(
    (manifest?.polyfillFiles ?? []).map((f) => path.posix.join('.next', f)),
  );
  const isPolyfill = (p) => polyfills.has(p) || /(^|\/)polyfills-[^/]*\.js$/.test(p);
  // A webpack build leaves an older route-bundle-stats.json in place: use it only if fresh.
  const statsFile = path.join(nextDir, 'diagnostics/route-bundle-stats.json');
  const mtime = (file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const stats =
    mtime(statsFile) >= mtime(path.join(nextDir, 'BUILD_ID')) ? readJson(statsFile) : undefined;
  const entries = Array.isArray(stats)
    ? stats.map((s) => ({ route: s.route, chunks: s.firstLoadChunkPaths }))
    : chunksFromHtml(nextDir);
  const gzipped = new Map();
  const gzipSize = (rel) => {
    if (!gzipped.has(rel)) {
      const file = path.join(dir, rel);
      if (!fs.existsSync(file)) fail(`chunk listed but missing: ${file}`);
      gzipped.set(rel, gzipSync(fs.readFileSync(file), { level: 9 }).length);
    }
    return gzipped.get(rel);
  };
  const sizes = new Map();
  for (const { route, chunks } of entries) {
    if (route === '/api' || route.startsWith('/api/')) continue;
    const files = chunks && [...new Set(chunks)].filter((c) => !isPolyfill(c));
    sizes.set(route, files && files.reduce((sum, c) => sum + gzipSize(c), 0));
  }
  return { sizes, source: Array.isArray(stats) ? 'route-bundle-stats.json' : 'prerendered HTML' };
}

// --- run ---------------------------------------------------------------------------------
if (!fs.existsSync(NEXT_BIN)) fail(`next is not installed (${NEXT_BIN})`);
writeBlankApp();
build(BLANK, 'blank floor (.bench/blank)');
const appLabel = path.relative(ROOT, APP) || 'app';
if (NO_BUILD && fs.existsSync(path.join(APP, '.next')))
  console.log(`Skipping ${appLabel} build (--no-build)`);
else build(APP, appLabel);

const blank = measure(BLANK);
const app = measure(APP);
const floor = blank.sizes.get('/');
if (!floor) fail('could not measure the blank page /');
if (app.sizes.size === 0) fail('no page routes found in the build');

const kB = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);
const ratio = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / floor).toFixed(2)}x`);
const rows = [...app.sizes].sort(([a], [b]) => a.localeCompare(b));
const verdict = (bytes) => (bytes !== undefined && bytes / floor <= TARGET ? 'PASS' : 'FAIL');
const width = Math.max(13, ...rows.map(([route]) => route.length));
const sources = [...new Set([blank.source, app.source])].join(' / ');
console.log(`\nFirst-load JS, gzip -9, noModule polyfills excluded (from ${sources})`);
console.log(`${'Route'.padEnd(width)}  ${'gzip'.padStart(10)}  ${'vs blank'.padStart(8)}`);
console.log(
  `${'blank floor /'.padEnd(width)}  ${kB(floor).padStart(10)}  ${ratio(floor).padStart(8)}`,
);
for (const [route, bytes] of rows) {
  const cells = [route.padEnd(width), kB(bytes).padStart(10), ratio(bytes).padStart(8)];
  console.log(`${cells.join('  ')}  ${verdict(bytes)}`);
}
const failed = rows.filter(([, bytes]) => verdict(bytes) === 'FAIL');
const worst = Math.max(...rows.map(([, b]) => (b === undefined ? Infinity : b / floor)));
console.log(
  `\n${rows.length} pages; the largest is ${worst.toFixed(2)}x the blank page ` +
    `(target <= ${TARGET.toFixed(2)}x for every page): ${failed.length ? `FAIL (${failed.map(([r]) => r).join(', ')})` : 'PASS'}`,
);
process.exit(failed.length ? 1 : 0);
