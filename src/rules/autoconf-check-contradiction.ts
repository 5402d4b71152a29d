import type { Rule } from '../rule.js';
import { detach } from '../lines/detach.js';

/** Pairs that rules of their own explain better. */
const HANDLED_ELSEWHERE = /^sem_/;

const rule: Rule = {
  meta: {
    id: 'autoconf-check-contradiction',
    title: 'configure found a function, then found that it does not work',
    severity: 'warning',
    cause: 'broken-feature-check',
    tags: ['autoconf'],
    docs: {
      description:
        'A `checking for X... yes` link test followed by `checking for working X... no` or `checking whether X works... no` for the same X, in a configure run that said `checking whether we are cross compiling... no`.',
      why:
        'The first check only links; the second runs a program. A function that links but does not run points at the build environment (a missing mount, a seccomp or container restriction, a wrong emulator for a foreign architecture), and configure silently falls back to a slower or disabled code path: the build passes and the product differs from a normal build. Only a native configure run counts: cross-compiling, autoconf does not run the test and answers with its own pessimistic default (`checking for working mmap... no` in autoconf 2.69\'s AC_FUNC_MMAP, `memcmp` in 2.71\'s AC_FUNC_MEMCMP), so a `no` there is no contradiction; and the rule waits for the `cross compiling... no` line, which configure prints before any such test.',
      fix: 'Read config.log around the failing run test to see the error, and fix the build environment rather than the package.',
      example: ['checking for mmap... yes', 'checking for working mmap... no'],
    },
  },
  create(context) {
    const found = new Map<string, { line: number; text: string }>();
    return {
      'autoconf.check'(fact) {
        if (HANDLED_ELSEWHERE.test(fact.name)) return;
        // checking whether we are cross compiling... no   (a cross run answers run tests with autoconf's defaults)
        if (context.env.crossCompiling?.cross !== false) return;
        if (fact.form === 'for' && fact.result === 'yes') {
          // Copies: configure checks hundreds of functions, and each kept slice would pin a read chunk.
          found.set(detach(fact.name), { line: fact.line.number, text: detach(fact.line.text) });
          return;
        }
        if (fact.form !== 'working' || fact.result !== 'no') return;
        const link = found.get(fact.name);
        if (link === undefined) return;
        context.report({
          message: `configure found ${fact.name} (link test) but its run test says it does not work${fact.cached ? ' (cached result)' : ''}.`,
          line: fact.line.number,
          evidence: [
            { ...link, note: 'link test passed' },
            { line: fact.line.number, text: fact.line.text, note: 'run test failed' },
          ],
          remediation: {
            summary: `Look in config.log for the run test of ${fact.name} to see why it failed in this environment; the package likely fell back to a replacement.`,
            steps: [`grep -n -A20 'checking for working ${fact.name}\\|whether ${fact.name} works' config.log`],
          },
          stage: 'configure',
          data: { function: fact.name, cached: fact.cached },
        });
      },
    };
  },
};

export default rule;
