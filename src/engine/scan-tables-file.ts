/**
 * The byte matcher's tables of the built-in literals, shipped prebuilt: building them from the literals
 * (engine/byte-tables.ts) takes 0.1-0.2 s of CPU and 8 MB of passing memory at every start, a third of
 * what logcheck costs on a small log. `npm run bundle` writes them (scripts/build-scan-tables.ts) to
 * data/scan-tables/<key>.br, the key being a hash of the literals they were built from; a start whose
 * literals differ (a parser changed and nobody rebuilt, or a configuration's own causes) finds no file
 * of its key and builds the tables itself, so a stale or missing file costs time, never findings.
 *
 * A file: [u32 LE length of what follows, decompressed] then brotli of [u32 LE header length][header
 * JSON][padding to 4][each table, in the header's order, each padded to 4]. The length lets the
 * decompression write one buffer (of one byte more: a full one makes zlib allocate another) instead of 200 pieces joined at the end (twice the
 * memory). Int32 tables are little-endian: a big-endian machine builds its own.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { buildTables, canonicalLiterals, type ByteLiterals } from './byte-tables.js';
import type { ScanTables } from './scan-kernel.js';
import { shippedDataDir } from '../data-dir.js';

export const SCAN_TABLES_FORMAT = 'logcheck-scan-tables/3';

const BYTES = ['classes', 'suffixLast', 'lineAcc', 'suffixEnd'] as const;
const INTS = ['lineDelta', 'suffixDelta'] as const;

/** The key of a literal set: the same literals (in any order, with repeats) give the same key. */
export function tablesKey(literals: ByteLiterals): string {
  return createHash('sha256').update(SCAN_TABLES_FORMAT).update(JSON.stringify(canonicalLiterals(literals))).digest('hex').slice(0, 24);
}

let tablesDir = shippedDataDir('scan-tables');

/** Where the prebuilt tables are read from and written to (the build script and tests set it). */
export function scanTablesDir(dir?: string): string {
  if (dir !== undefined) tablesDir = dir;
  return tablesDir;
}

export function encodeTables(key: string, t: ScanTables): Buffer {
  const parts: Buffer[] = [];
  const sizes: number[] = [];
  const pad = (b: Buffer): void => {
    parts.push(b);
    if (b.length % 4 !== 0) parts.push(Buffer.alloc(4 - (b.length % 4)));
  };
  for (const name of [...BYTES, ...INTS]) {
    const a = t[name];
    sizes.push(a.length);
    pad(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  const header = Buffer.from(JSON.stringify({
    format: SCAN_TABLES_FORMAT, key, width: t.width, accLimit: t.accLimit, lineStart: t.lineStart,
    anyPrefix: t.anyPrefix, anySuffix: t.anySuffix, sizes,
  }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const raw = Buffer.concat([length, header, Buffer.alloc((4 - ((4 + header.length) % 4)) % 4), ...parts]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(raw.length);
  return Buffer.concat([size, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })]);
}

/** The tables in `file` if it holds those of `key`; undefined otherwise (missing, damaged, another key). */
export function decodeTables(file: Buffer, key: string): ScanTables | undefined {
  let raw: Buffer;
  try {
    const size = file.readUInt32LE(0);
    raw = brotliDecompressSync(file.subarray(4), { chunkSize: Math.max(64, size + 1), maxOutputLength: Math.max(64, size + 1) });
  } catch {
    return undefined;
  }
  if (raw.length < 4) return undefined;
  // In shared memory: the scan worker (engine/parallel-scan.ts) is given views of the same tables
  // instead of a 3.4 MB copy. (Aligned, too, as the Int32 views need.)
  const shared = Buffer.from(new SharedArrayBuffer(raw.length));
  raw.copy(shared);
  raw = shared;
  const headerLength = raw.readUInt32LE(0);
  let header: { format?: unknown; key?: unknown; width: number; accLimit: number; lineStart: number; anyPrefix: boolean; anySuffix: boolean; sizes: number[] };
  try {
    header = JSON.parse(raw.toString('utf8', 4, 4 + headerLength)) as typeof header;
  } catch {
    return undefined;
  }
  if (header.format !== SCAN_TABLES_FORMAT || header.key !== key || !Array.isArray(header.sizes) || header.sizes.length !== BYTES.length + INTS.length) return undefined;
  let at = Math.ceil((4 + headerLength) / 4) * 4;
  const out: Record<string, Uint8Array | Int32Array> = {};
  const names = [...BYTES, ...INTS];
  for (let k = 0; k < names.length; k++) {
    const count = header.sizes[k]!;
    const bytes = k < BYTES.length ? count : count * 4;
    if (at + bytes > raw.length) return undefined;
    out[names[k]!] = k < BYTES.length ? new Uint8Array(raw.buffer, raw.byteOffset + at, count) : new Int32Array(raw.buffer, raw.byteOffset + at, count);
    at += Math.ceil(bytes / 4) * 4;
  }
  return {
    classes: out.classes as Uint8Array, suffixLast: out.suffixLast as Uint8Array, lineAcc: out.lineAcc as Uint8Array,
    suffixEnd: out.suffixEnd as Uint8Array, lineDelta: out.lineDelta as Int32Array, suffixDelta: out.suffixDelta as Int32Array,
    width: header.width, accLimit: header.accLimit, lineStart: header.lineStart, anyPrefix: header.anyPrefix, anySuffix: header.anySuffix,
  };
}

/** The tables of these literals: the prebuilt file of their key, else built here. */
export function tablesFor(literals: ByteLiterals): ScanTables {
  if (endianness() === 'LE') {
    const key = tablesKey(literals);
    const file = path.join(tablesDir, `${key}.br`);
    try {
      const t = decodeTables(readFileSync(file), key);
      if (t !== undefined) return t;
    } catch {
      // Missing or unreadable: build them.
    }
  }
  return buildTables(literals);
}
