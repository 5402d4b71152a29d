import type { Rule } from '../rule.js';
import { lineOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'pbuilder-hook-failed',
    title: 'A pbuilder hook script failed',
    severity: 'error',
    cause: 'hook-failed',
    tags: ['pbuilder', 'hooks', 'build-failure'],
    docs: {
      description: 'pbuilder printed `I: user script .../D10-name starting` and never the matching `... finished`, then unmounted and cleaned up.',
      why: 'pbuilder itself runs under `set -e`, so a hook (HOOKDIR) that exits non-zero aborts pbuilder on the spot, and pbuilder prints no E: line for it, so the log just stops after the hook\'s own output. The package was never built.',
      fix: 'Fix the hook script named in the log (its last output line says why it failed), or run it by hand in `pbuilder login` to see the error.',
      example: ['I: user script /var/cache/pbuilder/build/31339/tmp/hooks/D10-update-local-repo starting', '/tmp/hooks/D10-update-local-repo: 5: cd: can\'t cd to /var/cache/pbuilder/local', 'I: unmounting dev/ptmx filesystem'],
    },
  },
  create(context) {
    let started: ReturnType<typeof lineOf> | undefined;
    return {
      'pbuilder.hook'(fact) {
        if (fact.state === 'starting') {
          started = lineOf(fact, 'hook started');
          return;
        }
        if (fact.state === 'finished' || started === undefined) {
          started = undefined;
          return;
        }
        const name = fact.script.slice(fact.script.lastIndexOf('/') + 1);
        context.report({
          message: `The pbuilder hook ${name} failed: pbuilder stopped without "user script ... finished" and tore the chroot down.${fact.lastOutput !== undefined ? ` Its last output: ${fact.lastOutput.text.trim()}` : ''}`,
          evidence: [started, ...(fact.lastOutput ? [fact.lastOutput] : []), lineOf(fact, 'pbuilder tears down, hook never finished')],
          remediation: {
            summary: `Fix the hook ${name} in your HOOKDIR (pbuilder aborts the moment a hook exits non-zero; a hook script with set -e exits at its first failing command).`,
            steps: [`sh -n $HOOKDIR/${name}; sh -x $HOOKDIR/${name}   (inside: pbuilder login --bindmounts $HOOKDIR)`],
          },
          // The hook's own last words explain the failure better than its start line.
          line: fact.lastOutput?.line ?? started.line,
          stage: `hook ${name}`,
          side: 'environment',
          data: { hook: name, script: fact.script, ...(fact.lastOutput ? { lastOutput: fact.lastOutput.text } : {}), headline: `hook ${name} failed${fact.lastOutput ? `: ${fact.lastOutput.text.trim()}` : ''}` },
        });
        started = undefined;
      },
    };
  },
};

export default rule;
