import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { lineOf, placeOf } from '../failure.js';
import { sourcePath } from '../stage.js';

const MAX_SYMBOLS = 10;

const rule: Rule = {
  meta: {
    id: 'linker-undefined-reference',
    title: 'The link failed on undefined references',
    severity: 'error',
    cause: 'undefined-reference',
    tags: ['ld', 'build-failure'],
    docs: {
      description: 'GNU ld reported `undefined reference to` one or more symbols, then `collect2: error: ld returned 1 exit status`.',
      why: 'A symbol is used but no object or library on the link line defines it: a missing `-lX` (or a library listed before the objects that need it, which `--as-needed` drops), a source file left out of the build, or a C++ symbol compiled with another ABI.',
      fix: 'Find which library defines the symbol (`nm -D --defined-only`), add it to the link line after the objects, and its -dev package to Build-Depends; or add the missing source file to the build.',
      example: ["/usr/bin/ld: ././main.c:9: undefined reference to `calc_add'", 'collect2: error: ld returned 1 exit status'],
    },
  },
  create(context) {
    let pending: { symbols: string[]; evidence: Evidence[]; first: { path?: string; line?: number }; stage: ReturnType<typeof placeOf> } | undefined;
    let done = false;
    const flush = (closing?: Evidence): void => {
      if (pending === undefined) return;
      const { symbols, evidence, first, stage } = pending;
      pending = undefined;
      done = true;
      context.report({
        message: `The link failed: undefined reference to ${symbols.map((s) => `\`${s}'`).join(', ')}.`,
        evidence: closing ? [...evidence, closing] : evidence,
        ...(first.path !== undefined && first.line !== undefined ? { location: { path: first.path, line: first.line } } : {}),
        remediation: {
          summary: `Link the library that defines ${symbols[0]} (after the objects that use it), or build the source file that defines it.`,
          steps: [`nm -D --defined-only /usr/lib/*/lib*.so 2>/dev/null | grep -w ${symbols[0]}`, `grep -rn '${symbols[0]}' --include='*.c' --include='*.cc' --include='*.cpp' .`],
        },
        ...stage,
        data: { symbols, ...(first.path !== undefined ? { path: first.path, line: first.line } : {}), headline: `undefined reference to ${symbols.join(', ')}` },
      });
    };
    return {
      'linker.undefined-reference'(fact) {
        if (done) return;
        if (pending === undefined) {
          const path = fact.file !== undefined ? sourcePath(context.env, fact.file) : undefined;
          pending = { symbols: [], evidence: [], first: { ...(path !== undefined ? { path, line: fact.lineNo! } : {}) }, stage: placeOf(context.env, 'undefined-reference') };
        }
        if (pending.symbols.length < MAX_SYMBOLS && !pending.symbols.includes(fact.symbol)) {
          pending.symbols.push(fact.symbol);
          pending.evidence.push(lineOf(fact, 'undefined symbol'));
        }
      },
      'linker.failed'(fact) {
        flush(lineOf(fact, 'link failed'));
      },
      'make.error'() {
        flush();
      },
      // The undefined references wait for the link's failure line (or the end) before they are reported.
      pending: () => pending !== undefined,
      end() {
        flush();
      },
    };
  },
};

export default rule;
