import type { CatalogEntry } from '../../catalog/schema.js';
import { catalogRule } from '../../catalog/rule.js';
import { apt } from './apt.js';
import { autopkgtest } from './autopkgtest.js';
import { autotools } from './autotools.js';
import { cmake } from './cmake.js';
import { commands } from './commands.js';
import { debhelper } from './debhelper.js';
import { docs } from './docs.js';
import { dpkg } from './dpkg.js';
import { go } from './go.js';
import { gobject } from './gobject.js';
import { haskell } from './haskell.js';
import { java } from './java.js';
import { linker } from './linker.js';
import { meson } from './meson.js';
import { node } from './node.js';
import { ocaml } from './ocaml.js';
import { paths } from './paths.js';
import { perl } from './perl.js';
import { php } from './php.js';
import { pkgConfig } from './pkg-config.js';
import { python } from './python.js';
import { r } from './r.js';
import { ruby } from './ruby.js';
import { rust } from './rust.js';
import { sbuild } from './sbuild.js';
import { unprivileged } from './unprivileged.js';

/**
 * The built-in catalog: one file a family, each read as one page. test/catalog/entries.test.ts runs
 * every entry's examples and near misses through the rule tester.
 */
export const catalogEntries: readonly CatalogEntry[] = [
  ...apt,
  ...autopkgtest,
  ...autotools,
  ...cmake,
  ...commands,
  ...debhelper,
  ...docs,
  ...dpkg,
  ...go,
  ...gobject,
  ...haskell,
  ...java,
  ...linker,
  ...meson,
  ...node,
  ...ocaml,
  ...paths,
  ...perl,
  ...php,
  ...pkgConfig,
  ...python,
  ...r,
  ...ruby,
  ...rust,
  ...sbuild,
  ...unprivileged,
];

export const catalogRules = catalogEntries.map(catalogRule);
