import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * `<package root>/data/<name>`, the data shipped beside the code: from dist/src/data-dir.js it is two
 * levels up, from the one-file bundle (bundle/logcheck.mjs, where every module's import.meta.url is the
 * bundle's) one. A bundle copied on its own has none: the path is returned anyway, and readers of it
 * find nothing there (lookups answer nothing, tables are built).
 */
export function shippedDataDir(name: string): string {
  const candidates = [path.resolve(here, '../../data', name), path.resolve(here, '../data', name)];
  return candidates.find((d) => existsSync(d)) ?? candidates[0]!;
}
