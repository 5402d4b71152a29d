import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'build-out-of-memory',
    title: 'The build ran out of memory',
    severity: 'error',
    cause: 'out-of-memory',
    tags: ['memory', 'gcc', 'build-failure'],
    docs: {
      description: 'A compiler or tool ran out of memory: `virtual memory exhausted: Cannot allocate memory`, `Killed signal terminated program cc1plus` (the kernel OOM killer), `internal compiler error: Killed (program cc1plus)`, `out of memory allocating`, Node\'s `JavaScript heap out of memory`, Python\'s `MemoryError`.',
      why: 'Large C++ translation units (templates, generated code) need gigabytes per compiler process, and `-jN` runs N of them at once; a builder with little RAM or a memory ulimit kills them. The compiler reports it as its own error, but the code is not at fault.',
      fix: 'Build with fewer parallel jobs (`DEB_BUILD_OPTIONS=parallel=1`), give the builder more RAM or swap, or lower the optimisation/debug level for the heavy file (e.g. `-g1` or `--param ggc-min-expand=20`).',
      example: ['virtual memory exhausted: Cannot allocate memory'],
    },
  },
  create(context) {
    let done = false;
    return {
      'system.error'(fact) {
        if (done || fact.problem !== 'out-of-memory') return;
        done = true;
        const program = fact.subject ?? fact.tool;
        context.report({
          message: `${program !== undefined ? `${program} ran` : 'The build ran'} out of memory.`,
          evidence: [lineOf(fact, 'out of memory')],
          remediation: {
            summary: 'Give the build more memory or run fewer compiler jobs at once, then rebuild.',
            steps: ['DEB_BUILD_OPTIONS="parallel=1" pbuilder build ...   (or: sbuild --jobs=1 ...)', 'free -h; ulimit -v   (check RAM, swap and any memory limit in debian/rules or the builder)'],
          },
          ...placeOf(context.env, 'out-of-memory'),
          data: { ...(program !== undefined ? { program } : {}), headline: `${program ?? 'a build process'} ran out of memory` },
        });
      },
    };
  },
};

export default rule;
