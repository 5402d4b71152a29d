import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run bundle`: the CLI as one file, bundle/logcheck.mjs, with its dependencies inside. It needs
 * Node ≥ 20.19 and nothing else (no npm, no registry, no node_modules): copy it into a repository,
 * a container or a chroot and run it. The file is committed, so the repository alone is enough;
 * test/cli/bundle.test.ts fails when it is stale (run `npm run bundle`).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; homepage?: string; license: string };

export const BUNDLE = path.join(ROOT, 'bundle', 'logcheck.mjs');

/**
 * The bundle's first two lines: a shell script that starts Node on the file itself, and for Node a
 * hashbang and a string statement (what follows `//` is a comment). Run as a command (the npm bin, a
 * copy in /usr/local/bin), `sh` sets the environment that glibc's malloc reads only at a process's
 * start, then `exec`s Node in its place (the same process: same pid, signals, exit code). `node
 * bundle/logcheck.mjs` runs the same code, without that setting.
 *
 * The setting: a fixed mmap threshold (glibc's own starting value, 128 KiB). mallopt(3) (man-pages
 * 6.03): by default a free of a block above the threshold raises it to that block's size, and the trim
 * threshold to twice that; setting it (MALLOC_MMAP_THRESHOLD_ does) turns that off. Raised, what V8's
 * threads free (the optimizing compiler's zones, the scan worker's buffers) stays in their arenas as RSS
 * for the rest of the run. Peak RSS (/usr/bin/time), `node bundle/logcheck.mjs` / the bin, interleaved,
 * one thread, 50 MB logs: compile 77 / 75 MB, bench 82 / 74 MB, mixed 108 / 92 MB; 10,000 small logs
 * (-j1) 116 / 107 MB; the same CPU within the noise. A value the user set is kept. (MALLOC_ARENA_MAX=1
 * did as much for one thread, but makes every thread share one arena and its lock.)
 *
 * Every `sh` runs it: dash, bash, BusyBox, macOS's. (`#!/usr/bin/env -S node ...` cannot: BusyBox's env
 * has no -S.)
 */
export const LAUNCHER = '#!/bin/sh\n":" //; export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"; exec node "$0" "$@"\n';

/**
 * The licence texts of the packages inside the bundle (MIT and ISC ask that their notice go with
 * every copy), written beside it as logcheck.mjs.LICENSES.txt.
 */
function licenses(inputs: readonly string[]): string {
  const packages = new Map<string, string>();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m === null || packages.has(m[1]!)) continue;
    const dir = path.join(ROOT, m[1]!);
    const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    packages.set(m[1]!, `${meta.name} ${meta.version} (${meta.license ?? 'see below'})\n\n${file ? readFileSync(path.join(dir, file), 'utf8').trim() : '(no licence file in the package)'}\n`);
  }
  const own = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8').trim();
  return [`logcheck ${pkg.version} (${pkg.license})\n\n${own}\n`, ...[...packages.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, text]) => text)].join(`\n${'-'.repeat(72)}\n\n`);
}

/**
 * The bundle with every non-ASCII code unit written `\\uXXXX`. V8 keeps a module's source text in the
 * heap, and one character above U+00FF makes all of it two bytes a character: 56 lines with `→` or `‘`
 * (comments, regular expressions, which esbuild's `charset: 'ascii'` leaves alone) cost 2.3 MB of every
 * run's memory. The escape means the same code unit in a string, a template, a regular expression with
 * or without the u flag (a surrogate pair written as two escapes is one code point there) and a comment.
 */
export function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export async function bundle(outfile = BUNDLE): Promise<void> {
  const result = await build({
    metafile: true,
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Readable, reproducible, no source map (the sources are in the repository and the npm package).
    minify: false,
    sourcemap: false,
    legalComments: 'inline',
    logLevel: 'warning',
    define: { LOGCHECK_PACKAGE: JSON.stringify({ version: pkg.version, ...(pkg.homepage ? { homepage: pkg.homepage } : {}) }) },
    // CommonJS dependencies (cli-table3, micromatch) call require(): give the ESM bundle one.
    banner: { js: `// logcheck ${pkg.version} (${pkg.license}), built from this repository by scripts/bundle.ts with esbuild; licences of the bundled packages: logcheck.mjs.LICENSES.txt.\nimport { createRequire as __logcheckCreateRequire } from 'node:module';\nconst require = __logcheckCreateRequire(import.meta.url);` },
  });
  const code = readFileSync(outfile, 'utf8');
  if (!code.startsWith('#!/usr/bin/env node\n')) throw new Error('bundle: expected the hashbang of src/cli/main.ts on the first line');
  writeFileSync(outfile, LAUNCHER + asciiOnly(code.slice(code.indexOf('\n') + 1)));
  writeFileSync(`${outfile}.LICENSES.txt`, licenses(Object.keys(result.metafile.inputs)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await bundle(process.argv[2] ? path.resolve(process.argv[2]) : BUNDLE);
}
