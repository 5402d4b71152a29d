/**
 * Times and memory of package index lookups, each in a fresh Node process, for one or more package
 * roots (a checkout with dist/ and data/packages/) taken in turn, so that a shared machine's load
 * hits them alike:
 *
 *   npm run build && node dist/scripts/bench-package-index.js [--runs 7] [ROOT ...]
 *
 * Per run: the first exact header lookup (reading and decompressing what it needs), a second exact
 * one, keysEndingWith('/glib.h') (every block of headers), a first command lookup; then the process's
 * peak RSS and its heap and external memory. Prints the median of each per root.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const child = (root: string): string => `
const { lookupPackages } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/packages/index.js')).href)});
const { loadKind } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/packages/data.js')).href)});
const rss0 = process.resourceUsage().maxRSS;
const time = (f) => { const t = process.hrtime.bigint(); const r = f(); return [Number(process.hrtime.bigint() - t) / 1e6, r]; };
const [firstExact, a] = time(() => lookupPackages('header', 'openssl/ssl.h').packages[0]);
const [secondExact, b] = time(() => lookupPackages('header', 'zlib.h').packages[0]);
const [endingWith, c] = time(() => loadKind('header').keysEndingWith('/glib.h').length);
const [firstCommand, d] = time(() => lookupPackages('command', 'cmake').packages[0]);
if (a !== 'libssl-dev' || b !== 'zlib1g-dev' || !(c > 0) || d !== 'cmake') throw new Error('wrong answers: ' + [a, b, c, d]);
globalThis.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ firstExact, secondExact, endingWith, firstCommand, maxRssMB: process.resourceUsage().maxRSS / 1024, rssGrowthMB: (process.resourceUsage().maxRSS - rss0) / 1024, heapMB: m.heapUsed / 2 ** 20, externalMB: m.external / 2 ** 20 }));
`;

function main(): void {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 7;
  const roots = args.length ? args.map((a) => path.resolve(a)) : [ROOT];
  const results = new Map<string, Array<Record<string, number>>>(roots.map((r) => [r, []]));
  for (let i = 0; i < runs; i++) {
    for (const root of roots) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child(root)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${root}: ${r.stderr}`);
      results.get(root)!.push(JSON.parse(r.stdout) as Record<string, number>);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  for (const [root, rs] of results) {
    const keys = Object.keys(rs[0]!);
    process.stdout.write(`${root} (median of ${rs.length}): ${keys.map((k) => `${k} ${median(rs.map((x) => x[k]!)).toFixed(k.endsWith('MB') ? 1 : 2)}`).join(', ')}\n`);
  }
}

main();
