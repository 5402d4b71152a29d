import type { Parser } from '../parser.js';
import { autoconfParser } from './autoconf.js';
import { dpkgStatusParser } from './dpkg-status.js';
import { finkParser } from './fink.js';
import { libcParser } from './libc.js';
import { pbuilderParser } from './pbuilder.js';
import { pythonParser } from './python.js';

/** Every parser, in the order they see each line (order does not change results). */
export const allParsers: readonly Parser[] = [pbuilderParser, autoconfParser, pythonParser, libcParser, dpkgStatusParser, finkParser];
