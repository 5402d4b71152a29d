import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { builderOf, lineOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'build-timeout',
    title: 'The builder killed the build after a timeout',
    severity: 'error',
    cause: 'build-timeout',
    tags: ['pbuilder', 'sbuild', 'build-failure'],
    docs: {
      description: 'pbuilder\'s `I: Terminating build process due to timeout` (TIMEOUT_TIME / --timeout) or sbuild\'s `E: Build killed with signal TERM after N minutes of inactivity` (sbuild 0.85 Build.pm; $individual_stalled_pkg_timeout / $stalled_pkg_timeout).',
      why: 'The builder, not the package, ended the build. Either a step hangs (a test waiting on the network or a terminal, a deadlock) or it is slow and prints nothing for longer than the limit. The last command before the timeout line is the one that was running.',
      fix: 'Find what the last command waits for; if it is only slow, raise the limit (pbuilder: --timeout / TIMEOUT_TIME; sbuild: $individual_stalled_pkg_timeout in ~/.sbuildrc) or make it print progress.',
      example: ['I: Terminating build process due to timeout '],
    },
  },
  create(context) {
    let lastStage: Evidence | undefined;
    let stageName: string | undefined;
    const report = (evidence: Evidence, minutes?: number, signal?: string): void => {
      const sbuild = builderOf(context.env) === 'sbuild';
      context.report({
        message: `${sbuild ? 'sbuild' : 'pbuilder'} killed the build ${minutes !== undefined ? `after ${minutes} minutes of inactivity` : 'after its time limit'}${stageName !== undefined ? ` during ${stageName}` : ''}.`,
        evidence: [...(lastStage ? [{ ...lastStage, note: 'last step started' }] : []), evidence],
        line: evidence.line,
        remediation: {
          summary: 'Find what the last step waits for; if it is only slow, raise the time limit or make it print progress.',
          steps: sbuild ? ['$individual_stalled_pkg_timeout{"PACKAGE"} = 600;   (minutes, in ~/.sbuildrc)'] : ['pbuilder build --timeout 6h ...   (or TIMEOUT_TIME in pbuilderrc)'],
        },
        ...(stageName !== undefined ? { stage: stageName } : { stage: 'timeout' }),
        side: 'environment',
        data: { ...(minutes !== undefined ? { minutes } : {}), ...(signal !== undefined ? { signal } : {}), headline: `killed by ${sbuild ? 'sbuild' : 'pbuilder'} timeout${minutes !== undefined ? ` after ${minutes} minutes of inactivity` : ''}` },
      });
    };
    const step = (fact: { line: { number: number; text: string } }): void => {
      lastStage = { line: fact.line.number, text: fact.line.text };
      stageName = context.env.stage?.name;
    };
    return {
      'debhelper.step': step,
      'dpkg.phase': step,
      'pbuilder.stage'(fact) {
        if (fact.stage === 'timeout') report(lineOf(fact, 'pbuilder timeout'));
        else if (fact.stage !== 'time') step(fact);
      },
      'sbuild.timeout'(fact) {
        report(lineOf(fact, 'sbuild timeout'), fact.minutes, fact.signal);
      },
    };
  },
};

export default rule;
