import type { Parser } from '../parser.js';

declare module '../facts.js' {
  interface FactMap {
    /**
     * `checking for sem_open... yes` → subject `for sem_open`, name `sem_open`, result `yes`.
     * `checking whether POSIX semaphores are enabled... (cached) no` → cached, result `no`.
     */
    'autoconf.check': {
      /** The words after `checking ` up to the dots. */
      readonly subject: string;
      /** The symbol or feature tested, for `checking for X` / `checking for working X` / `checking whether X works`. */
      readonly name: string;
      /** `for` (found), `working` (it works), `broken` (`for broken X`), `whether` (any other question), `other`. */
      readonly form: 'for' | 'working' | 'broken' | 'whether' | 'other';
      readonly result: string;
      readonly cached: boolean;
    };
  }
  interface BuildEnvironment {
    /**
     * `checking whether we are cross compiling... yes|no`: a cross build's run tests are not run, and
     * autoconf and CPython answer them with fixed defaults (autoconf 2.69 `working mmap... no`, 2.71
     * `memcmp`; CPython 3.11 configure.ac: `POSIX semaphores enabled` yes, `broken sem_getvalue` yes).
     */
    crossCompiling?: { readonly cross: boolean; readonly line: number; readonly text: string };
  }
}

// Real lines (CPython's configure; the ellipsis is normalized to `...` before parsers run):
//   checking for sem_open... yes
//   checking whether POSIX semaphores are enabled... no
//   checking for broken sem_getvalue... (cached) yes
//   checking for working mmap... no
// The result is trimmed in code: `(.*?)\s*$` retries at every space of a long run (quadratic), and `s` keeps a
// U+2028 in the result from failing the match at every `...` of the line.
const CHECK = /^checking (.+?)\.\.\. ?(\(cached\) )?(.*)$/s;
//   for working mmap   /   for working fork
const WORKING = /^for working (\S+)$/;
//   for sem_open   /   for library containing sem_open   /   for sys/mman.h
const FOR = /^for (?:library containing )?(\S+)$/;
//   for broken sem_getvalue
const BROKEN = /^for broken (\S+)$/;
//   whether mmap works   /   whether POSIX semaphores are enabled
const WHETHER_WORKS = /^whether (\S+) works$/;

export const autoconfParser: Parser = {
  name: 'autoconf',
  prefixes: ['checking '],
  emits: ['autoconf.check'],
  create({ emit, env }) {
    return {
      line(line) {
        const text = line.text;
        if (!text.startsWith('checking ')) return;
        const m = CHECK.exec(text);
        if (m === null) return;
        const result = m[3]!.trimEnd();
        if (result === '') return;
        const subject = m[1]!;
        let form: 'for' | 'working' | 'broken' | 'whether' | 'other' = 'other';
        let name = subject;
        let n: RegExpExecArray | null;
        if ((n = WORKING.exec(subject)) !== null) { form = 'working'; name = n[1]!; }
        else if ((n = BROKEN.exec(subject)) !== null) { form = 'broken'; name = n[1]!; }
        else if ((n = WHETHER_WORKS.exec(subject)) !== null) { form = 'working'; name = n[1]!; }
        else if ((n = FOR.exec(subject)) !== null) { form = 'for'; name = n[1]!; }
        else if (subject.startsWith('whether ')) { form = 'whether'; name = subject.slice(8); }
        // checking whether we are cross compiling... no
        if (subject === 'whether we are cross compiling') env.crossCompiling = { cross: result === 'yes', line: line.number, text };
        emit('autoconf.check', line, { subject, name, form, result, cached: m[2] !== undefined });
      },
    };
  },
};
