import type { Parser } from '../parser.js';
import type { FactMap } from '../facts.js';
import type { Evidence, LogLine } from '../types.js';

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
      /** GCC's source excerpt under the diagnostic (`   20 |     return totl;`, `      |            ^~~~`). */
      readonly excerpt: readonly Evidence[];
      /** The directory make was in at the diagnostic (env.makeDir then: the fact comes a line or two later). */
      readonly makeDir?: string;
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

//    20 |     return totl;          (GCC ≥ 9 source excerpt: the line number, a bar, the source line)
const EXCERPT_SOURCE = /^ *\d+ \| /;
//       |            ^~~~          (the caret line, and a fix-it line, under the bar)
const EXCERPT_BAR = /^ +\| /;

/** Files whose `file:line: error:` lines are not a compiler's: autoconf/automake inputs (m4 and Makefile.am errors). */
//   configure.in:1802: error: possibly undefined macro: AC_MSG_ERROR
//   configure.ac:13: error: Autoconf version 2.71 or higher is required
const NOT_COMPILER_FILES = /(?:^|\/)(?:configure\.(?:ac|in)|[^/]*\.m4|Makefile\.am|[^/]*\.am)$/;

export const compilerParser: Parser = {
  name: 'compiler',
  triggers: ['error: ', 'cannot find -l', 'undefined reference to '],
  emits: ['compiler.error', 'linker.missing-library', 'linker.undefined-reference', 'linker.failed'],
  create({ emit, env }) {
    // A diagnostic waits for GCC's source excerpt (at most two lines) before it is emitted.
    let pending: { line: LogLine; data: Omit<FactMap['compiler.error'], 'excerpt'>; excerpt: Evidence[] } | undefined;
    const flush = (): void => {
      if (pending === undefined) return;
      const p = pending;
      pending = undefined;
      emit('compiler.error', p.line, { ...p.data, excerpt: p.excerpt });
    };
    return {
      busy: () => pending !== undefined,
      end: flush,
      line(line) {
        const text = line.text;
        if (pending !== undefined) {
          if ((pending.excerpt.length === 0 && EXCERPT_SOURCE.test(text)) || (pending.excerpt.length === 1 && EXCERPT_BAR.test(text))) {
            const n = pending.excerpt.push({ line: line.number, text, note: pending.excerpt.length === 0 ? 'the source line' : 'where' });
            if (n === 2) flush();
            return;
          }
          flush();
        }
        if (text.includes('error: ')) {
          if (text.startsWith('collect2: error: ld returned')) {
            emit('linker.failed', line, {});
            return;
          }
          if (!text.includes(': error: ') && !text.includes(': fatal error: ')) return;
          const m = DIAGNOSTIC.exec(text);
          if (m === null || NOT_COMPILER_FILES.test(m[1]!)) return;
          const message = m[5]!.trim();
          // writer.d:59: error: undefined reference to 'sam_hdr_parse_'   (gdc/ldc report the linker's error
          // with the source position: a link error, not a compile error)
          if (message.startsWith('undefined reference to ')) {
            const u = UNDEFINED_SYMBOL.exec(message.slice(23));
            if (u !== null) emit('linker.undefined-reference', line, { symbol: u[1]!, file: m[1]!, lineNo: Number(m[2]) });
            return;
          }
          const header = m[4] === 'fatal error' ? MISSING_HEADER.exec(message)?.[1] : undefined;
          pending = {
            line,
            data: {
              file: m[1]!, lineNo: Number(m[2]), ...(m[3] !== undefined ? { column: Number(m[3]) } : {}),
              severity: m[4]!, message, ...(header !== undefined ? { header } : {}), ...(env.makeDir !== undefined ? { makeDir: env.makeDir } : {}),
            },
            excerpt: [],
          };
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
