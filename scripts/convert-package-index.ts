/**
 * Converts data/packages/<kind>.br (format 1: the whole text as one brotli stream) to <kind>.idx
 * (format 2, blocks: src/packages/index-file.ts) without rebuilding from Debian's Contents, and
 * proves the content unchanged before it removes the old files:
 *
 *   npm run build && node dist/scripts/convert-package-index.js [--dir data/packages] [--sample FILE] [--keep-old]
 *
 * For every kind: every key's value from the new file equals the old text's; keysStartingWith of every
 * key holds it; the blocks, one after the other, are the old rows byte for byte (sha256, also written
 * to meta.json as textSha256); keysStartingWith and keysEndingWith of sampled prefixes and basenames
 * give what format 1's code (LegacyText below, logcheck before this change) gave. It also writes
 * test/packages/index-sample.json, the old values of sampled keys that test/packages/blocks.test.ts
 * checks the shipped files against (--sample elsewhere). Converts the kinds whose .br is in the
 * directory (all of them for data/packages; test/packages/convert.test.ts gives it two).
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { PACKAGE_KINDS } from '../src/packages/extract.js';
import { encodeIndexFile, parseIndexText, BLOCK_BYTES, DATA_FORMAT } from '../src/packages/index-file.js';
import { KindData } from '../src/packages/kind-data.js';
import { indexFileName } from '../src/packages/data.js';
import { sampleOf, type KindSample } from './package-index-sample.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Format 1's lookups, as src/packages/data.ts had them (the reference the new file must match). */
class LegacyText {
  constructor(private readonly text: string) {}

  keysStartingWith(prefix: string): string[] {
    const out: string[] = [];
    const needle = `\n${prefix}`;
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      const tab = this.text.indexOf('\t', at + 1);
      const nl = this.text.indexOf('\n', at + 1);
      if (tab < 0 || (nl >= 0 && nl < tab)) continue;
      out.push(this.text.slice(at + 1, tab));
    }
    return out;
  }

  keysEndingWith(suffix: string): string[] {
    const out: string[] = [];
    const needle = `${suffix}\t`;
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      const lineStart = this.text.lastIndexOf('\n', at) + 1;
      const key = this.text.slice(lineStart, at + suffix.length);
      if (!key.includes('\t')) out.push(key);
    }
    return out;
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`conversion check failed: ${what}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : path.join(ROOT, 'data/packages'));
  const keepOld = args.includes('--keep-old');
  const sampleFile = path.resolve(args.includes('--sample') ? args[args.indexOf('--sample') + 1]! : path.join(ROOT, 'test/packages/index-sample.json'));
  const kinds = PACKAGE_KINDS.filter((k) => existsSync(path.join(dir, `${k}.br`)));
  check(kinds.length > 0, `no format 1 (.br) files in ${dir}`);
  const metaFile = path.join(dir, 'meta.json');
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { totalBytes: number; kinds: Record<string, Record<string, unknown>>; [k: string]: unknown };
  const samples: Record<string, KindSample> = {};
  const written: Array<[string, Buffer]> = [];
  let total = 0;
  for (const kind of kinds) {
    const old = readFileSync(path.join(dir, `${kind}.br`));
    const text = brotliDecompressSync(old).toString('utf8');
    const parsed = parseIndexText(text);
    check(parsed !== undefined && parsed.fields.kind === kind, `${kind}.br is a format 1 file of its kind`);
    const { fields, rows } = parsed!;
    const t0 = performance.now();
    const file = encodeIndexFile(fields, rows); // throws unless the old rows are strictly sorted
    const encodeMs = performance.now() - t0;
    const data = KindData.open(file);
    check(data !== null && data.suite === fields.suite && data.release === fields.release && data.date === fields.date, `${kind}: header fields`);

    // The blocks are the old rows, byte for byte.
    const body = text.slice(text.indexOf('\n') + 1);
    const hash = createHash('sha256');
    let firstKeysOk = true;
    for (const b of data!.blockTexts()) {
      hash.update(b.text);
      firstKeysOk &&= b.text.startsWith(`${b.firstKey}\t`);
    }
    const digest = hash.digest('hex');
    check(digest === createHash('sha256').update(body).digest('hex'), `${kind}: blocks = old rows`);
    check(firstKeysOk, `${kind}: each block starts with its directory key`);

    // Every key through the lookups.
    for (const row of rows) {
      const tab = row.indexOf('\t');
      const key = row.slice(0, tab);
      check(data!.get(key) === row.slice(tab + 1), `${kind}: get(${key})`);
      check(data!.keysStartingWith(key)[0] === key, `${kind}: keysStartingWith(${key})`);
    }
    const legacy = new LegacyText(text);
    const sample = sampleOf(kind, data!, rows);
    for (const [prefix, keys] of Object.entries(sample.startingWith)) check(JSON.stringify(legacy.keysStartingWith(prefix)) === JSON.stringify(keys), `${kind}: keysStartingWith(${prefix}) as format 1`);
    for (const [suffix, keys] of Object.entries(sample.endingWith)) check(JSON.stringify(legacy.keysEndingWith(suffix)) === JSON.stringify(keys), `${kind}: keysEndingWith(${suffix}) as format 1`);
    samples[kind] = sample;

    const k = meta.kinds[kind];
    check(k !== undefined && k.keys === rows.length, `${kind}: meta.json's key count`);
    meta.kinds[kind] = { keys: rows.length, bytes: file.length, blocks: data!.blockCount, textSha256: digest };
    total += file.length;
    written.push([kind, file]);
    process.stdout.write(`${kind}: ${rows.length} keys, ${old.length} -> ${file.length} bytes, ${data!.blockCount} blocks, encoded in ${encodeMs.toFixed(0)} ms, all keys identical\n`);
  }
  for (const [kind, file] of written) writeFileSync(path.join(dir, indexFileName(kind)), file);
  const before = meta.totalBytes;
  // Kinds already converted (or not given) keep their stated size in the total.
  for (const [kind, k] of Object.entries(meta.kinds)) if (!kinds.includes(kind as (typeof kinds)[number]) && typeof k.bytes === 'number') total += k.bytes;
  writeFileSync(metaFile, `${JSON.stringify({ format: DATA_FORMAT, blockBytes: BLOCK_BYTES, ...meta, totalBytes: total }, null, 2)}\n`);
  writeFileSync(sampleFile, `${JSON.stringify(samples, null, 1)}\n`);
  if (!keepOld) for (const kind of kinds) rmSync(path.join(dir, `${kind}.br`));
  process.stdout.write(`total ${before} -> ${total} bytes${keepOld ? '' : '; the .br files removed'}\n`);
}

main();
