import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'pbuilder-stderr-missing',
    title: 'The build failed but the log has no pbuilder E: line (stderr was not captured)',
    severity: 'warning',
    cause: 'log-missing-stderr',
    tags: ['pbuilder', 'log'],
    docs: {
      description:
        'A pbuilder build session that started building (`I: Building the package`), was torn down (`I: cleaning the build env`) without the closing `I: Current time:` a successful build prints, and holds no `E:` or `W:` line at all. Not when a hook was running at the tear-down (`I: user script …/D10-name starting` without its `finished`): a failing hook aborts pbuilder with no E: line (pbuilder-hook-failed).',
      why:
        'pbuilder prints I: and D: lines on stdout and E: and W: lines on stderr, and so do dpkg-buildpackage, make and compilers for their errors. `pbuilder build x.dsc | logcheck` or `> build.log` keeps only stdout: the reason for the failure is not in the log.',
      fix: 'Capture both streams: `pbuilder build x.dsc 2>&1 | logcheck`, or read the file written by `--logfile`.',
      example: ['I: Building the package', 'I: cleaning the build env'],
    },
  },
  create(context) {
    let building: Evidence | undefined;
    let cleanup: Evidence | undefined;
    let closedNormally = false;
    let stderrLines = 0;
    // A failing hook aborts pbuilder with no E: line at all (its trap runs `set +e` and exits): normal, not a lost stderr.
    let hookAborted = false;
    return {
      'pbuilder.hook'(fact) {
        if (fact.state === 'aborted') hookAborted = true;
      },
      'pbuilder.message'() {
        stderrLines++;
      },
      'pbuilder.stage'(fact) {
        const evidence = { line: fact.line.number, text: fact.line.text };
        if (fact.stage === 'build') {
          building = evidence;
          cleanup = undefined;
          closedNormally = false;
        } else if (fact.stage === 'cleanup' && building !== undefined) {
          cleanup = evidence;
        } else if (fact.stage === 'time' && cleanup !== undefined) {
          closedNormally = true;
        }
      },
      // Only the end of the log shows that no closing time stamp came.
      pending: () => building !== undefined && cleanup !== undefined && !closedNormally && stderrLines === 0 && !hookAborted,
      end() {
        if (building === undefined || cleanup === undefined || closedNormally || stderrLines > 0 || hookAborted) return;
        context.report({
          message: 'The build failed (pbuilder cleaned up without the closing time stamp of a successful build), but the log holds no E: or W: line: pbuilder writes those to stderr, so this log was probably captured without 2>&1 and lacks the error.',
          evidence: [
            { ...building, note: 'build started' },
            { ...cleanup, note: 'torn down, no "Current time" after it' },
          ],
          remediation: {
            summary: 'Capture stderr too, then run logcheck on the complete log.',
            steps: ['pbuilder build x.dsc 2>&1 | logcheck', 'pbuilder build --logfile build.log x.dsc; logcheck build.log'],
          },
          side: 'environment',
        });
      },
    };
  },
};

export default rule;
