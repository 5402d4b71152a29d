import type { Parser } from '../parser.js';
import { aptParser } from './apt.js';
import { autoconfParser } from './autoconf.js';
import { dpkgStatusParser } from './dpkg-status.js';
import { finkParser } from './fink.js';
import { compilerParser } from './compiler.js';
import { configureParser } from './configure.js';
import { containerParser } from './container.js';
import { debhelperParser } from './debhelper.js';
import { dpkgBuildpackageParser } from './dpkg-buildpackage.js';
import { libcParser } from './libc.js';
import { makeParser } from './make.js';
import { patchParser } from './patch.js';
import { pbuilderParser } from './pbuilder.js';
import { pythonParser } from './python.js';
import { sbuildParser } from './sbuild.js';
import { systemParser } from './system.js';
import { testRunnersParser } from './test-runners.js';
import { createCatalogParser } from '../catalog/parser.js';
import { catalogEntries } from '../rules/catalog/index.js';

/**
 * Every parser, in the order they see each line. Order matters only for the build stage (env.stage):
 * the parsers that move it run before those whose facts rules file under it.
 */
export const allParsers: readonly Parser[] = [
  pbuilderParser, sbuildParser, dpkgBuildpackageParser, debhelperParser, makeParser,
  autoconfParser, pythonParser, libcParser, aptParser, compilerParser, configureParser, patchParser, systemParser, testRunnersParser,
  dpkgStatusParser, finkParser, containerParser,
  // Last: catalog findings take the stage the other parsers have just moved to.
  createCatalogParser(catalogEntries),
];
