/**
 * The keys test/packages/blocks.test.ts checks the shipped index against (test/packages/index-sample.json,
 * written by scripts/convert-package-index.ts from format 1's text): the first and last key of every
 * block, keys spread evenly over the kind, prefixes whose keys straddle a block boundary, and basenames
 * for keysEndingWith.
 */
import { createHash } from 'node:crypto';
import type { KindData } from '../src/packages/kind-data.js';

export interface KindSample {
  /** key → its value, or `sha256:<hex>` of a value over 300 characters (header's `#pc` row). */
  values: Record<string, string>;
  startingWith: Record<string, string[]>;
  endingWith: Record<string, string[]>;
}

/** Stored for a value: itself, or its digest when long. */
export const sampleValue = (v: string): string => (v.length > 300 ? `sha256:${createHash('sha256').update(v).digest('hex')}` : v);

const SPREAD = 40;
// Headers `#include`d bare that live under a subdirectory (glib-2.0/glib.h, python3.13/Python.h, qt6/QtCore/QString).
const HEADER_BASENAMES = ['/glib.h', '/Python.h', '/ssl.h', '/QString', '/doesnotexist.h'];

export function sampleOf(kind: string, data: KindData, rows: readonly string[]): KindSample {
  const keyOf = (row: string): string => row.slice(0, row.indexOf('\t'));
  const picked = new Set<string>();
  const boundaries: Array<[string, string]> = [];
  let previousLast: string | undefined;
  for (const { text } of data.blockTexts()) {
    const lines = text.slice(0, -1).split('\n');
    const first = keyOf(lines[0]!);
    const last = keyOf(lines.at(-1)!);
    picked.add(first).add(last);
    if (previousLast !== undefined) boundaries.push([previousLast, first]);
    previousLast = last;
  }
  for (let i = 0; i < SPREAD && rows.length; i++) picked.add(keyOf(rows[Math.floor((i * (rows.length - 1)) / Math.max(1, SPREAD - 1))]!));
  const values: Record<string, string> = {};
  for (const k of [...picked].sort()) values[k] = sampleValue(data.get(k)!);

  const startingWith: Record<string, string[]> = {};
  for (const [a, b] of boundaries) {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    const prefix = a.slice(0, n);
    if (!prefix || prefix in startingWith) continue;
    const keys = data.keysStartingWith(prefix);
    if (keys.length <= 60) startingWith[prefix] = keys;
    if (Object.keys(startingWith).length >= 8) break;
  }
  for (const k of [...picked].slice(0, 12)) {
    const prefix = k.slice(0, Math.max(1, k.length - 1));
    const keys = data.keysStartingWith(prefix);
    if (keys.length <= 60) startingWith[prefix] = keys;
  }

  const endingWith: Record<string, string[]> = {};
  const suffixes = kind === 'header' ? [...HEADER_BASENAMES] : [];
  for (const k of picked) if (k.includes('/') && suffixes.length < 10) suffixes.push(k.slice(k.lastIndexOf('/')));
  for (const s of suffixes) endingWith[s] = data.keysEndingWith(s);
  return { values, startingWith, endingWith };
}
