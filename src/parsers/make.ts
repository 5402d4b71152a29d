import type { Parser } from '../parser.js';
import type { Evidence, LogLine } from '../types.js';
import { detach } from '../lines/detach.js';

/**
 * GNU make's own lines: `Entering directory` (kept in env.makeDir so compiler paths can be mapped to
 * the source tree) and its `***` errors. Formats from GNU make 4.3 (bookworm); make < 4.3 printed
 * `make[1]: *** [main.o] Error 1` without the makefile position.
 */

declare module '../facts.js' {
  interface FactMap {
    /** `make[1]: *** [Makefile:9: main.o] Error 1` / `make: *** No rule to make target 'x', needed by 'y'.  Stop.` */
    'make.error': {
      /** The recursion level: 0 for `make:`, N for `make[N]:`. */
      readonly level: number;
      readonly target?: string;
      readonly makefile?: string;
      readonly makefileLine?: number;
      /** The exit status of the failed recipe (`Error 127`). */
      readonly code?: number;
      /** Text after `*** ` when it is not a recipe error (`No rule to make target ...`). */
      readonly message: string;
      /** The line just before it that is not make's own: usually the failing command's echo or its last output. */
      readonly lastOutput?: Evidence;
    };
  }
}

// make[1]: *** [Makefile:9: main.o] Error 1        make: *** [debian/rules:3: binary] Error 25
// make[2]: *** [main.o] Error 1   (make < 4.3)
// The file name holds no `:` or `]`: a lazy `(.+?):` tried every `X:9: ` of a long line, each followed by a full scan.
const RECIPE = /^\[(?:([^:\]]+):(\d+): )?(.+)\] Error (\d+)/s;
/** make's recursion levels kept (deeper ones are rare and would only name a subdirectory). */
const MAX_DEPTH = 32;

// make[1]: Entering directory '/build/compileerr-1.0'
const ENTER = /^make(?:\[\d+\])?: (Entering|Leaving) directory [`'](.*)'\s*$/s;

/** `make[1]: *** ...` / `make: *** ...`: the position of `: *** `, else -1. */
function errorAt(text: string): number {
  const star = text.indexOf(': *** ');
  return star > 0 && star < 12 ? star : -1;
}

/**
 * The last line before the current one that is not make's own nor empty, back to make's previous error
 * (whose own last output that was): found by looking back when the error arrives, so the parser needs
 * no line but make's (the byte scanner skips the others).
 */
function lastOutput(recent: readonly LogLine[], current: number): LogLine | undefined {
  for (let k = recent.length - 1; k >= 0; k--) {
    const line = recent[k]!;
    if (line.number >= current) continue;
    const text = line.text;
    if (text.startsWith('make')) {
      if (errorAt(text) !== -1) return undefined;
      continue;
    }
    if (text !== '') return line;
  }
  return undefined;
}

export const makeParser: Parser = {
  name: 'make',
  emits: ['make.error'],
  prefixes: ['make'],
  create({ emit, env, recentLines }) {
    const dirs: string[] = [];
    return {
      line(line) {
        const text = line.text;
        if (text.charCodeAt(0) !== 109 /* m */ || !text.startsWith('make')) return;
        const star = errorAt(text);
        if (star !== -1) {
          const level = text.charCodeAt(4) === 91 /* [ */ ? Number(text.slice(5, text.indexOf(']'))) : 0;
          const rest = text.slice(star + 6);
          const m = RECIPE.exec(rest);
          const previous = lastOutput(recentLines(), line.number);
          const last = previous !== undefined ? { lastOutput: { line: previous.number, text: detach(previous.text) } } : {};
          emit('make.error', line, m === null
            ? { level, message: rest.trim(), ...last }
            : {
              level, target: m[3]!, code: Number(m[4]),
              ...(m[1] !== undefined ? { makefile: m[1], makefileLine: Number(m[2]) } : {}),
              message: rest.trim(), ...last,
            });
          return;
        }
        if (!text.includes(' directory ')) return;
        const m = ENTER.exec(text);
        if (m === null) return;
        // The recursion level in `make[N]:` is the stack depth: an unbalanced log (a killed build,
        // interleaved -j output) cannot grow the stack, and it heals at the next level-0 line.
        const level = Math.min(text.charCodeAt(4) === 91 /* [ */ ? Number.parseInt(text.slice(5), 10) || 0 : 0, MAX_DEPTH);
        dirs.length = Math.min(dirs.length, level);
        if (m[1] === 'Entering') dirs[level] = detach(m[2]!);
        const top = dirs[dirs.length - 1];
        if (top === undefined) delete env.makeDir;
        else env.makeDir = top;
      },
    };
  },
};
