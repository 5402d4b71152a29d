import type { Parser } from '../parser.js';

declare module '../facts.js' {
  interface FactMap {
    /** A C program's perror(3) line: `sem_open: No such file or directory` → call `sem_open`. */
    'libc.perror': { readonly call: string; readonly error: string };
  }
}

/** strerror texts worth recognising after `name: `; a literal test gates the regex. */
const ERRORS = [
  'No such file or directory',
  'Function not implemented',
  'Permission denied',
  'No space left on device',
  'Cannot allocate memory',
  'Read-only file system',
] as const;

// sem_open: No such file or directory
// shm_open: Function not implemented
// `(.*\S)\s*$` backtracks from the end once; a lazy `(.+?)\s*$` retried at every space of a long run.
const PERROR = /^([A-Za-z_][\w.-]*): (.*\S)\s*$/s;

export const libcParser: Parser = {
  name: 'libc',
  emits: ['libc.perror'],
  suffixes: ERRORS,
  create({ emit }) {
    return {
      line(line) {
        // perror(3) ends the line with the strerror text: a suffix test is the cheapest gate there is.
        const raw = line.text;
        // Every strerror text above ends in one of these letters.
        const last = raw.charCodeAt(raw.length - 1);
        if (last !== 121 /* y */ && last !== 100 /* d */ && last !== 101 /* e */ && last !== 109 /* m */ && last !== 32) return;
        const text = last === 32 ? raw.trimEnd() : raw;
        let known = false;
        for (const e of ERRORS) if (text.endsWith(e)) { known = true; break; }
        if (!known) return;
        const colon = text.indexOf(': ');
        if (colon <= 0 || colon > 40) return;
        const m = PERROR.exec(text);
        if (m !== null) emit('libc.perror', line, { call: m[1]!, error: m[2]! });
      },
    };
  },
};
