import type { Parser } from '../parser.js';

/**
 * Why a configure step stopped: autoconf's `configure: error:`, pkg-config's and pkgconf's missing
 * modules, CMake's find_package failures (CMake 3.25) and Meson's missing dependencies (Meson 1.0).
 */

declare module '../facts.js' {
  interface FactMap {
    /** `configure: error: C compiler cannot create executables` */
    'configure.error': { readonly message: string };
    /** A dependency the configure step looked for and did not find. */
    'configure.missing-dependency': {
      readonly tool: 'pkg-config' | 'cmake' | 'meson';
      /** `glib-2.0` (a pkg-config module), `ZLIB` / `Qt5` (a CMake package). */
      readonly name: string;
    };
  }
}

// No package 'glib-2.0' found                             (pkg-config)
// Package 'glib-2.0', required by 'virtual:world', not found   (pkgconf)
const PKGCONFIG = /^(?:No package '([^']+)' found|Package '([^']+)', required by '[^']*', not found)/;
// Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)
const CMAKE_NOT_FOUND = /Could NOT find (\S+)/;
//   Could not find a package configuration file provided by "Qt5" with any of
const CMAKE_CONFIG = /Could not find a package configuration file provided by "([^"]+)"/;
// meson.build:12:0: ERROR: Dependency "glib-2.0" not found, tried pkgconfig
// ../meson.build:5:0: ERROR: Dependency 'zlib' is required but not found.
const MESON = /ERROR: Dependency ["']([^"']+)["'] (?:not found|is required but not found)/;

export const configureParser: Parser = {
  name: 'configure',
  prefixes: ['configure: error: ', "No package '", "Package '"],
  triggers: ['Could NOT find ', 'Could not find a package configuration file', 'ERROR: Dependency '],
  emits: ['configure.error', 'configure.missing-dependency'],
  create({ emit }) {
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 99 /* c */ && text.startsWith('configure: error: ')) {
          emit('configure.error', line, { message: text.slice(18).trim() });
          return;
        }
        if ((c === 78 /* N */ && text.startsWith('No package \'')) || (c === 80 /* P */ && text.startsWith('Package \''))) {
          const m = PKGCONFIG.exec(text);
          if (m !== null) emit('configure.missing-dependency', line, { tool: 'pkg-config', name: (m[1] ?? m[2])! });
          return;
        }
        if (text.includes('Could NOT find ')) {
          const m = CMAKE_NOT_FOUND.exec(text);
          if (m !== null) emit('configure.missing-dependency', line, { tool: 'cmake', name: m[1]! });
          return;
        }
        if (text.includes('Could not find a package configuration file')) {
          const m = CMAKE_CONFIG.exec(text);
          if (m !== null) emit('configure.missing-dependency', line, { tool: 'cmake', name: m[1]! });
          return;
        }
        if (text.includes('ERROR: Dependency ')) {
          const m = MESON.exec(text);
          if (m !== null) emit('configure.missing-dependency', line, { tool: 'meson', name: m[1]! });
        }
      },
    };
  },
};
