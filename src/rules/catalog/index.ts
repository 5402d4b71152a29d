import type { CatalogEntry } from '../../catalog/schema.js';
import { catalogRule } from '../../catalog/rule.js';
import { apt } from './apt.js';
import { autopkgtest } from './autopkgtest.js';
import { debhelper } from './debhelper.js';
import { dpkg } from './dpkg.js';
import { linker } from './linker.js';
import { paths } from './paths.js';
import { pkgConfig } from './pkg-config.js';
import { sbuild } from './sbuild.js';
import { unprivileged } from './unprivileged.js';

/**
 * The built-in catalog: one file a family, each read as one page. test/catalog/entries.test.ts runs
 * every entry's examples and near misses through the rule tester.
 */
export const catalogEntries: readonly CatalogEntry[] = [
  ...apt,
  ...autopkgtest,
  ...debhelper,
  ...dpkg,
  ...linker,
  ...paths,
  ...pkgConfig,
  ...sbuild,
  ...unprivileged,
];

export const catalogRules = catalogEntries.map(catalogRule);
