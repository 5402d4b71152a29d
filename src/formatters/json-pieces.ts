import { ciSafeJson } from './sanitize.js';

/**
 * JSON written in pieces (a log's findings one at a time, SARIF's results from a spool) that reads
 * exactly as one ciSafeJson of the whole document would.
 */

/** `value` as ciSafeJson writes it at `depth` levels inside the document (2 spaces a level). */
export function nested(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return pad + ciSafeJson(value).replaceAll('\n', `\n${pad}`);
}

/**
 * A string value that stands for what is written in pieces while the rest of the document is
 * stringified around it: never a real value (NULs, which JSON writes escaped).
 */
export const HOLE = '\u0000logcheck pieces\u0000';

/**
 * The text before and after `"key": HOLE` (`"key":HOLE` when `flat`) in `whole`. Only the real key
 * can match: inside a JSON string every `"` is written `\"`, so log text that spells the key and the
 * stand-in never does.
 */
export function aroundHole(whole: string, key: string, flat = false): [string, string] {
  const hole = `"${key}":${flat ? '' : ' '}${JSON.stringify(HOLE)}`;
  const at = whole.indexOf(hole);
  return [whole.slice(0, at), whole.slice(at + hole.length)];
}
