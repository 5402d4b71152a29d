import type { CatalogEntry } from '../../catalog/schema.js';
import { catalogRule } from '../../catalog/rule.js';
import { go } from './go.js';
import { haskell } from './haskell.js';
import { java } from './java.js';
import { node } from './node.js';
import { ocaml } from './ocaml.js';
import { perl } from './perl.js';
import { php } from './php.js';
import { autotools } from './autotools.js';
import { cmake } from './cmake.js';
import { commands } from './commands.js';
import { docs } from './docs.js';
import { gobject } from './gobject.js';
import { meson } from './meson.js';
import { pkgConfig } from './pkg-config.js';
import { python } from './python.js';
import { r } from './r.js';
import { ruby } from './ruby.js';
import { rust } from './rust.js';

/**
 * The built-in catalog: one file a family, each read as one page. test/catalog/entries.test.ts runs
 * every entry's examples and near misses through the rule tester.
 */
export const catalogEntries: readonly CatalogEntry[] = [
  ...go,
  ...haskell,
  ...java,
  ...node,
  ...ocaml,
  ...perl,
  ...php,
  ...autotools,
  ...cmake,
  ...commands,
  ...docs,
  ...gobject,
  ...meson,
  ...pkgConfig,
  ...python,
  ...r,
  ...ruby,
  ...rust,
];

export const catalogRules = catalogEntries.map(catalogRule);
