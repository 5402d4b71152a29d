import type { CatalogEntry } from '../../catalog/schema.js';
import { catalogRule } from '../../catalog/rule.js';
import { autotools } from './autotools.js';
import { cmake } from './cmake.js';
import { commands } from './commands.js';
import { docs } from './docs.js';
import { gobject } from './gobject.js';
import { meson } from './meson.js';
import { pkgConfig } from './pkg-config.js';

/**
 * The built-in catalog: one file a family, each read as one page. test/catalog/entries.test.ts runs
 * every entry's examples and near misses through the rule tester.
 */
export const catalogEntries: readonly CatalogEntry[] = [
  ...autotools,
  ...cmake,
  ...commands,
  ...docs,
  ...gobject,
  ...meson,
  ...pkgConfig,
];

export const catalogRules = catalogEntries.map(catalogRule);
