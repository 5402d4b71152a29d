/**
 * The file format of data/packages/<kind>.idx: one kind's sorted `key<TAB>value` rows cut into blocks
 * of whole lines, each block brotli-compressed on its own, behind a small directory.
 *
 *   logcheck-package-index/2<TAB>kind=header<TAB>suite=trixie<TAB>release=13.8<TAB>date=...<TAB>blocks=233<TAB>directory=4321\n
 *   <directory: `directory` bytes, brotli; one line per block: `compressedBytes<TAB>rawBytes<TAB>firstKey`>
 *   <block 0><block 1>...   (each brotli; its text is whole `key<TAB>value\n` lines, in key order)
 *
 * Why: format 1 was the whole text as one brotli stream, so the first lookup of a kind decompressed
 * all of it (headers: 15.2 MB, kept as a 15 MB string, 70-160 ms, about 40 MB of peak RSS). With
 * blocks a lookup binary-searches the directory and decompresses one block of about 64 KiB.
 * The cost is size: a block cannot refer back into the previous ones (brotli's window is the block),
 * about 9% more on disk (docs/package-index.md states the numbers).
 *
 * Keys are compared as JavaScript strings (UTF-16 code units), the order `Array.prototype.sort`
 * gives, in the writer and the reader alike.
 */
import { brotliCompressSync, constants } from 'node:zlib';

/** The first field of a file's first line. Format 1 (one brotli stream of the whole text) is read only by scripts/convert-package-index.ts. */
export const DATA_FORMAT = 'logcheck-package-index/2';
/** The first field of the text form (format 1's decompressed content): the header line, then the rows. */
export const TEXT_FORMAT = 'logcheck-package-index/1';
/** Blocks of whole lines of at most this many bytes (a longer line is a block of its own). */
export const BLOCK_BYTES = 64 * 1024;

export interface IndexFields {
  kind: string;
  suite: string;
  release: string;
  date: string;
}

export interface BlockEntry {
  firstKey: string;
  /** Where the block starts in the file, and its compressed and decompressed sizes in bytes. */
  offset: number;
  bytes: number;
  rawBytes: number;
}

function compress(data: Buffer): Buffer {
  // Quality 11 (the densest); the window just covers the block, as a larger one cannot help.
  const lgwin = Math.min(24, Math.max(10, Math.ceil(Math.log2(data.length + 1))));
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: lgwin,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

const bad = (s: string): boolean => s.includes('\n') || s.includes('\t');

/**
 * The file for `rows` (`key<TAB>value`, strictly sorted by key, no newline). Throws on rows out of
 * order, a duplicate key or a row without a key: the reader's binary search relies on the order.
 */
export function encodeIndexFile(fields: IndexFields, rows: readonly string[], blockBytes = BLOCK_BYTES): Buffer {
  for (const v of Object.values(fields)) if (bad(v)) throw new Error(`index header field ${JSON.stringify(v)} holds a tab or newline`);
  const blocks: Buffer[] = [];
  const dir: string[] = [];
  let lines: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (!lines.length) return;
    const raw = Buffer.from(`${lines.join('\n')}\n`);
    const packed = compress(raw);
    dir.push(`${packed.length}\t${raw.length}\t${lines[0]!.slice(0, lines[0]!.indexOf('\t'))}`);
    blocks.push(packed);
    lines = [];
    size = 0;
  };
  let previous: string | undefined;
  for (const row of rows) {
    const tab = row.indexOf('\t');
    if (tab <= 0 || row.includes('\n')) throw new Error(`index row ${JSON.stringify(row.slice(0, 80))} has no key or holds a newline`);
    const key = row.slice(0, tab);
    if (previous !== undefined && !(previous < key)) throw new Error(`index rows out of order: ${JSON.stringify(previous)} then ${JSON.stringify(key)}`);
    previous = key;
    const n = Buffer.byteLength(row) + 1;
    if (size && size + n > blockBytes) flush();
    lines.push(row);
    size += n;
  }
  flush();
  const directory = compress(Buffer.from(dir.map((d) => `${d}\n`).join('')));
  const head = `${DATA_FORMAT}\tkind=${fields.kind}\tsuite=${fields.suite}\trelease=${fields.release}\tdate=${fields.date}\tblocks=${blocks.length}\tdirectory=${directory.length}\n`;
  return Buffer.concat([Buffer.from(head), directory, ...blocks]);
}

/** The fields and rows of the text form (`logcheck-package-index/1<TAB>kind=..` then `key<TAB>value` lines); undefined if it is not one. */
export function parseIndexText(text: string): { fields: IndexFields; rows: string[] } | undefined {
  const nl = text.indexOf('\n');
  const head = text.slice(0, nl < 0 ? undefined : nl).split('\t');
  if (head[0] !== TEXT_FORMAT) return undefined;
  const field = (name: string): string => head.find((h) => h.startsWith(`${name}=`))?.slice(name.length + 1) ?? '';
  const rows = nl < 0 ? [] : text.slice(nl + 1).split('\n').filter((r) => r !== '');
  return { fields: { kind: field('kind'), suite: field('suite'), release: field('release'), date: field('date') }, rows };
}

/** Header line longer than this: not an index file (the line is about 120 bytes). */
const MAX_HEAD = 4096;

/**
 * The header fields and the block directory of a format 2 file, or undefined when `file` is not one
 * or its sizes do not add up (a truncated or foreign file answers nothing rather than garbage).
 * `inflate` decompresses the directory (the caller's brotli, with its output limit).
 */
export function readDirectory(file: Buffer, inflate: (data: Buffer) => Buffer): { fields: IndexFields; blocks: BlockEntry[] } | undefined {
  const nl = file.subarray(0, MAX_HEAD).indexOf(0x0a);
  if (nl < 0) return undefined;
  const head = file.toString('utf8', 0, nl).split('\t');
  if (head[0] !== DATA_FORMAT) return undefined;
  const field = (name: string): string => head.find((h) => h.startsWith(`${name}=`))?.slice(name.length + 1) ?? '';
  const count = Number(field('blocks'));
  const dirBytes = Number(field('directory'));
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(dirBytes) || count < 0 || dirBytes < 0 || nl + 1 + dirBytes > file.length) return undefined;
  const lines = count ? inflate(file.subarray(nl + 1, nl + 1 + dirBytes)).toString('utf8').split('\n') : [''];
  if (lines.length !== count + 1 || lines[count] !== '') return undefined;
  const blocks: BlockEntry[] = [];
  let offset = nl + 1 + dirBytes;
  for (const line of lines.slice(0, count)) {
    const [bytes, rawBytes, firstKey] = line.split('\t');
    const entry = { firstKey: firstKey ?? '', offset, bytes: Number(bytes), rawBytes: Number(rawBytes) };
    if (!Number.isSafeInteger(entry.bytes) || !Number.isSafeInteger(entry.rawBytes) || entry.bytes <= 0 || entry.rawBytes <= 0) return undefined;
    if (blocks.length && !(blocks.at(-1)!.firstKey < entry.firstKey)) return undefined;
    blocks.push(entry);
    offset += entry.bytes;
  }
  if (offset !== file.length) return undefined;
  return { fields: { kind: field('kind'), suite: field('suite'), release: field('release'), date: field('date') }, blocks };
}
