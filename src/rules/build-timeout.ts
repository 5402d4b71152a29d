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
      description: 'pbuilder\'s `I: Terminating build process due to timeout` (TIMEOUT_TIME / --timeout) or sbuild\'s `E: Build killed with signal TERM after N minutes of inactivity` (sbuild 0.85 Build.pm).',
      why: 'The builder, not the package, ended the build, and the two limits differ. pbuilder\'s --timeout (TIMEOUT_TIME) is a total time limit (pbuilder 0.231 pbuilder-buildpackage sleeps TIMEOUT_TIME beside the build, then kills it): output does not extend it. sbuild\'s is an inactivity limit: the build printed nothing for $stalled_pkg_timeout minutes (sbuild 0.85 Conf.pm, default 150; per package $individual_stalled_pkg_timeout->{\'pkg\'}; the old %individual_stalled_pkg_timeout hash form is deprecated and warns). Either a step hangs (a test waiting on the network or a terminal, a deadlock) or it is slow. The last command before the timeout line is the one that was running.',
      fix: 'Find what the last command waits for. pbuilder: if the build is only slow, raise --timeout / TIMEOUT_TIME (printing progress does not help: the limit is total time). sbuild: make the step print progress, or raise $stalled_pkg_timeout or $individual_stalled_pkg_timeout->{\'PACKAGE\'} in ~/.sbuildrc.',
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
        remediation: sbuild
          ? {
            summary: `Find what the last step waits for. sbuild's limit is inactivity${minutes !== undefined ? ` (${minutes} minutes without output)` : ''}: if the step is only slow and quiet, make it print progress, or raise the limit for this package.`,
            steps: ["$individual_stalled_pkg_timeout->{'PACKAGE'} = 600;   (minutes, in ~/.sbuildrc; or $stalled_pkg_timeout for every package)"],
          }
          : {
            summary: 'Find what the last step waits for. pbuilder\'s --timeout is a limit on the total build time (output does not extend it): if the build is only slow, raise it.',
            steps: ['pbuilder build --timeout 6h ...   (or TIMEOUT_TIME in pbuilderrc)'],
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
