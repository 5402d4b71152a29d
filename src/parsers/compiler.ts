import type { Parser } from '../parser.js';

/**
 * C/C++ compilers (GCC 12, Clang) and the GNU linker: error diagnostics with their position, missing
 * libraries and undefined references. Warnings are not facts: a build fails on errors.
 */

declare module '../facts.js' {
  interface FactMap {
    /** `main.c:20:12: error: 'totl' undeclared (first use in this function)` */
    'compiler.error': {
      readonly file: string;
      readonly lineNo: number;
      readonly column?: number;
      /** `error` or `fatal error` */
      readonly severity: string;
      readonly message: string;
      /** For `fatal error: doesnotexist.h: No such file or directory`: the header. */
      readonly header?: string;
    };
    /** `/usr/bin/ld: cannot find -lfoo: No such file or directory` */
    'linker.missing-library': { readonly library: string };
    /** `././main.c:9: undefined reference to `calc_mul'` (file and line when ld had debug info). */
    'linker.undefined-reference': { readonly symbol: string; readonly file?: string; readonly lineNo?: number };
    /** `collect2: error: ld returned 1 exit status` */
    'linker.failed': Record<never, never>;
  }
}

// main.c:20:12: error: 'totl' undeclared (first use in this function)
// main.c:2:10: fatal error: doesnotexist.h: No such file or directory
// src/a.cpp:7: error: expected ';' before '}' token      (no column: -fno-show-column)
const DIAGNOSTIC = /^((?:[A-Za-z]:)?[^\s:][^:]*?):(\d+):(?:(\d+):)? (fatal error|error): (.*)$/s;
// doesnotexist.h: No such file or directory
const MISSING_HEADER = /^(\S+\.(?:h|hh|hpp|hxx|H|inc|tcc)|[\w./+-]+): No such file or directory$/;
// /usr/bin/ld: cannot find -lfoo: No such file or directory        /usr/bin/ld: cannot find -lfoo   (binutils < 2.39)
const CANNOT_FIND = /ld(?:\.\w+)?: cannot find -l(\S+?)(?::|\s*$)/;
// ././main.c:9: undefined reference to `calc_mul'        /usr/bin/ld: main.o: in function `main': undefined reference to `x'
// main.cpp:(.text+0x1d): undefined reference to `foo()'
// Matched in two parts around the first `undefined reference to `: one pattern over the whole line
// backtracks into the optional location for every later `undefined reference to` (cubic on a long line).
const UNDEFINED_AT = /^(?:\/\S*ld(?:\.\w+)?: )?(?:(\S+?):(\d+): )?/;
//   undefined reference to `calc_mul'
const UNDEFINED_SYMBOL = /^[`'](.+)'\s*$/s;

export const compilerParser: Parser = {
  name: 'compiler',
  triggers: ['error: ', 'cannot find -l', 'undefined reference to '],
  emits: ['compiler.error', 'linker.missing-library', 'linker.undefined-reference', 'linker.failed'],
  create({ emit }) {
    return {
      line(line) {
        const text = line.text;
        if (text.includes('error: ')) {
          if (text.startsWith('collect2: error: ld returned')) {
            emit('linker.failed', line, {});
            return;
          }
          if (!text.includes(': error: ') && !text.includes(': fatal error: ')) return;
          const m = DIAGNOSTIC.exec(text);
          if (m === null) return;
          const message = m[5]!.trim();
          const header = m[4] === 'fatal error' ? MISSING_HEADER.exec(message)?.[1] : undefined;
          emit('compiler.error', line, {
            file: m[1]!, lineNo: Number(m[2]), ...(m[3] !== undefined ? { column: Number(m[3]) } : {}),
            severity: m[4]!, message, ...(header !== undefined ? { header } : {}),
          });
          return;
        }
        if (text.includes('cannot find -l')) {
          const m = CANNOT_FIND.exec(text);
          if (m !== null) emit('linker.missing-library', line, { library: m[1]! });
          return;
        }
        if (text.includes('undefined reference to ')) {
          const at = text.indexOf('undefined reference to ');
          const symbol = UNDEFINED_SYMBOL.exec(text.slice(at + 23));
          if (symbol !== null) {
            const m = UNDEFINED_AT.exec(text.slice(0, at))!;
            emit('linker.undefined-reference', line, {
              symbol: symbol[1]!, ...(m[1] !== undefined && !m[1].includes('(') ? { file: m[1], lineNo: Number(m[2]) } : {}),
            });
          }
        }
      },
    };
  },
};
