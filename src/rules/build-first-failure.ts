import type { Rule } from '../rule.js';
import type { Evidence, FaultSide, Finding, Remediation } from '../types.js';
import { CAUSES } from '../causes.js';
import { lineOf } from '../failure.js';
import { stageSide } from '../stage.js';
import { GIVES_UP } from '../parsers/pbuilder.js';
import type { Fact } from '../facts.js';
import { errorBefore } from '../failure-lines.js';

/** Causes that are a failed build by themselves, even with no E: line or summary after them. */
const FAILING_CAUSES = new Set(['hook-failed', 'build-timeout', 'chroot-setup-failed']);

// pbuilder's E: lines that end a build (the pbuilder parser's list, from pbuilder 0.231's sources).

/**
 * When the verdict is certain, so that a pipe (`pbuilder build x.dsc 2>&1 | logcheck`) shows it at once
 * rather than after the wrapper's clean-up. The builder that runs the build has the last word:
 *   pbuilder 0.231 (pbuilder-buildpackage, pbuilder-buildpackage-funcs): every GIVES_UP line is a `log.e`
 *     followed by `exit`; after `E: Failed autobuilding of package` it only exports the results, runs the
 *     C hooks and exits into its trap (umountproc_cleanbuildplace_trap: unmounts, removes BUILDPLACE, many
 *     seconds for a large chroot). Nothing after the line is part of the build that failed. A failing hook
 *     prints no E: line: its finding (pbuilder-hook-failed, on the first tear-down line) is the verdict.
 *   sbuild 0.85 (lib/Sbuild/Build.pm close_build_log): the Summary comes after the session ended (the
 *     purge of the build-dependencies, the chroot's removal); its stats are printed sorted by key, so
 *     Fail-Stage comes before Status, and after Status only Version, a separator, `Finished at` and
 *     `Build needed`. The finding quotes the Status line, so it waits for it (`E: Build failure
 *     (dpkg-buildpackage died)` comes before the clean-up, but the Summary is not printed yet).
 *   dpkg-buildpackage (dpkg-dev 1.21.23, Dpkg::ErrorHandling error/subprocerr): `dpkg-buildpackage: error:
 *     debian/rules build subprocess returned exit status 2` is a `die`: with no wrapper it is the last line.
 * And no other rule or parser may still hold a finding about a line already read (RuleContext.othersPending):
 * until then the rule reads every line and decides on the first one where none does. The decision is the
 * same code whether it comes live or at the end of the input, and findings reported after it are not
 * read: the finding never changes after it was shown.
 */

interface Raw {
  evidence: Evidence;
  stage?: string;
  what: string;
  /** The error printed above the failing command, when one was (the line we believe explains it). */
  before?: Evidence;
}

const rule: Rule = {
  meta: {
    id: 'build-first-failure',
    title: 'Why the build failed: the first failure, its stage, and whose fault it is',
    severity: 'error',
    cause: 'build-failed',
    tags: ['pbuilder', 'sbuild', 'dpkg-buildpackage', 'build-failure'],
    docs: {
      description: 'For a failed build (pbuilder `E: Failed autobuilding of package` or `E: pbuilder-satisfydepends failed`, sbuild `Status: failed`/`attempted`/`given-back`, `dpkg-buildpackage: error:`, a hook that never finished, a timeout), one finding: the earliest line that explains the failure, the stage it happened in (pbuilder/sbuild stage, dpkg-buildpackage target or debhelper step), and whether the build environment or the package is at fault.',
      why: 'A failed build ends in a cascade of echoes (make at every level, dh_auto_*, dpkg-buildpackage, pbuilder) that all say "failed" without saying why; the first explaining line is often hundreds of lines above the end. sbuild 0.85 (bin/sbuild status_trigger) marks a failure in Fail-Stage `build` or `arch-check` `attempted`, one in fetch-src, install-deps, check-space, apt-get-update/upgrade/distupgrade and the like `given-back` (to be retried: the environment\'s), and leaves the rest `failed`; an environment fault behind an `attempted` (a chroot without shm, the network) is what a buildd admin needs to know.',
      fix: 'Follow the remediation of the cause it names; when no cause rule recognised the first error, it points at the first failing command and the stage to rerun.',
      example: ['FAILED (failures=3)', 'dh_auto_test: error: make -j2 check returned exit code 2', 'E: Failed autobuilding of package'],
    },
  },
  create(context) {
    let explaining: Finding | undefined;
    let failingFinding: Finding | undefined;
    let signal: Evidence | undefined;
    let sbuild: { status: string; failStage?: string; evidence: Evidence[] } | undefined;
    let raw: Raw | undefined;
    /** Where failing commands were seen (the first few), to name the step that failed after a cause. */
    const failures: { line: number; stage: string }[] = [];
    /** The builder that runs the build gave up (see above): the verdict can be given. */
    let gaveUp = false;
    /** A pbuilder session began (env.pbuilder is set by any `E:` line, apt's too, so it proves no wrapper). */
    let pbuilderSession = false;
    let decided = false;

    const rawFailure = (fact: Fact, what: string): void => {
      const stage = context.env.stage?.name;
      if (stage !== undefined && failures.length < 16) failures.push({ line: fact.line.number, stage });
      if (raw !== undefined) return;
      // Look back within the failing step for the error the tool printed before the echo of its failure.
      const before = errorBefore(context.recentLines(), fact.line.number, context.env.stage?.line ?? 0);
      raw = {
        evidence: lineOf(fact, 'first failing command'), what, ...(stage !== undefined ? { stage } : {}),
        ...(before !== undefined ? { before: { line: before.number, text: before.text, note: 'the last error printed before it failed' } } : {}),
      };
    };
    const failed = (fact: Fact, note: string): void => {
      signal ??= lineOf(fact, note);
    };

    return {
      finding(f) {
        if (decided || f.severity !== 'error') return;
        if (FAILING_CAUSES.has(f.cause) && (failingFinding === undefined || f.line < failingFinding.line)) {
          failingFinding = f;
          // A failing hook is found on the line where pbuilder tears down: pbuilder 0.231 pbuilder-buildpackage
          // runs under `set -e`, so when the hook's command in executehooks (pbuilder-modules) fails it goes
          // straight to its exit trap, with no E: line to wait for. (A timeout or a failed chroot set-up is
          // followed by an E: line, which the finding quotes: those wait for it.)
          if (f.cause === 'hook-failed' && context.env.sbuild === undefined) gaveUp = true;
        }
        if (explaining === undefined || f.line < explaining.line) explaining = f;
      },
      'pbuilder.message'(fact) {
        if (fact.level !== 'E') return;
        if (GIVES_UP.some((s) => fact.message.startsWith(s))) {
          failed(fact, 'pbuilder gives up');
          if (context.env.sbuild === undefined) gaveUp = true;
        } else rawFailure(fact, fact.message);
      },
      'pbuilder.session'() {
        pbuilderSession = true;
      },
      'sbuild.status'(fact) {
        if (fact.status === 'successful' || fact.status === 'skipped') return;
        sbuild = {
          status: fact.status,
          ...(fact.failStage !== undefined ? { failStage: fact.failStage } : {}),
          evidence: [...(fact.failStageLine !== undefined ? [{ line: fact.failStageLine, text: `Fail-Stage: ${fact.failStage}`, note: 'sbuild\'s stage' }] : []), lineOf(fact, 'sbuild\'s verdict')],
        };
        failed(fact, 'sbuild\'s verdict');
        gaveUp = true;
      },
      'sbuild.error'(fact) {
        rawFailure(fact, fact.message);
      },
      'dpkg.message'(fact) {
        if (fact.level !== 'error') return;
        if (fact.tool === 'dpkg-buildpackage') {
          failed(fact, 'dpkg-buildpackage gives up');
          // Under pbuilder or sbuild, the wrapper's verdict comes later (and sbuild's is quoted).
          if (!pbuilderSession && context.env.sbuild === undefined) gaveUp = true;
        }
        rawFailure(fact, `${fact.tool}: ${fact.message}`);
      },
      'debhelper.message'(fact) {
        if (fact.level === 'error') rawFailure(fact, `${fact.tool}: ${fact.message}`);
      },
      'make.error'(fact) {
        rawFailure(fact, fact.target !== undefined
          ? `the recipe for ${fact.target}${fact.makefile !== undefined ? ` (${fact.makefile}:${fact.makefileLine})` : ''} exited with status ${fact.code}`
          : fact.message);
      },
      // After the verdict line, every line until nothing else is pending (usually the verdict line itself).
      line() {
        if (gaveUp && !decided && !context.othersPending()) decide();
      },
      wantsLines: () => gaveUp && !decided,
      end() {
        if (!decided) decide();
      },
    };

    function decide(): void {
      decided = true;
      if (signal === undefined && failingFinding === undefined) return;
      const cause = explaining ?? failingFinding;
      // The step that failed (the first failing command's) and, separately, where the cause appeared.
      // After a cause: the first failing command at or after it, outside pbuilder's clean-up.
      const after = cause !== undefined ? failures.find((f) => f.line >= cause.line && f.stage !== 'cleanup')?.stage ?? cause.stage : undefined;
      const failedStage = cause !== undefined ? after : raw?.stage ?? sbuild?.failStage ?? context.env.stage?.name;
      const stage = cause?.stage ?? failedStage;
      const side: FaultSide = cause?.side ?? (cause ? CAUSES.get(cause.cause)?.side : undefined) ?? stageSide(sbuild?.failStage ?? stage) ?? 'package';
      const before = cause === undefined ? raw?.before : undefined;
      const headline = cause ? String(cause.data?.headline ?? cause.message) : before !== undefined ? clip(before.text.trim()) : raw?.what ?? 'no error message before the failure';
      const where = failedStage !== undefined ? ` in ${failedStage}` : stage !== undefined ? ` in ${stage}` : '';
      const seen = cause?.stage !== undefined && failedStage !== undefined && cause.stage !== failedStage ? `; cause seen in ${cause.stage}` : '';
      let lead = `Build failed${where}${seen}: ${headline} (${side === 'environment' ? 'environment' : 'package'} fault)`;
      // sbuild 0.85 bin/sbuild status_trigger: build/arch-check → attempted; fetch-src, install-deps, apt-get-* → given-back.
      if (sbuild?.status === 'attempted' && side === 'environment') lead += '; sbuild says "attempted" (a failure in its build stage), but the build environment is at fault';
      else if (sbuild?.status === 'given-back') lead += `; sbuild gave it back (Fail-Stage ${sbuild.failStage ?? '?'} is an environment stage: the build will be retried)`;
      const first = cause?.evidence.find((e) => e.line === cause.line) ?? cause?.evidence[0] ?? before ?? raw?.evidence;
      const evidence: Evidence[] = [
        ...(first ? [{ ...first, note: before !== undefined && first === before ? 'the last error printed before it failed' : 'first failure' }] : []),
        ...(before !== undefined && raw !== undefined ? [raw.evidence] : []),
        ...(signal && signal.line !== first?.line ? [signal] : []),
        ...(sbuild?.evidence ?? []),
      ];
      const rerun = [context.env.sbuild !== undefined ? 'sbuild --build-failed-commands=%SBUILD_SHELL ...' : 'mkdir -p ~/pbuilder-hooks && cp /usr/share/doc/pbuilder/examples/C10shell ~/pbuilder-hooks/ && chmod +x ~/pbuilder-hooks/C10shell && pbuilder build --hookdir ~/pbuilder-hooks ...   (C10shell opens a shell in the chroot when the build fails)',
        ...(failedStage !== undefined && failedStage.startsWith('dh_') ? [`debian/rules ${failedStage.startsWith('dh_auto') ? `override_${failedStage}` : failedStage}   (or run ${failedStage} -v) in the unpacked source`] : [])];
      const remediation: Remediation | undefined = cause?.remediation ?? (raw !== undefined
        ? {
          summary: before !== undefined
            ? `No known cause matched; the last error printed before ${raw.what} is line ${before.line}: read it (and the lines above it) first, then rerun that step by hand if it is not enough.`
            : `Nothing printed an error before ${raw.what}: rerun that step by hand to see why.`,
          steps: rerun,
        }
        : undefined);
      context.report({
        message: lead,
        evidence,
        ...(first ? { line: first.line } : {}),
        cause: cause?.cause ?? 'build-failed',
        ...(remediation ? { remediation } : {}),
        ...(cause?.location ? { location: cause.location } : {}),
        ...(stage !== undefined ? { stage } : {}),
        side,
        data: {
          lead, headline, ...(cause ? { explainedBy: cause.ruleId } : {}),
          ...(failedStage !== undefined ? { failedStage } : {}),
          ...(before !== undefined ? { believed: { line: before.line, why: `the last error printed before ${raw!.what}` } } : {}),
          ...(sbuild ? { sbuildStatus: sbuild.status, ...(sbuild.failStage !== undefined ? { failStage: sbuild.failStage } : {}) } : {}),
        },
      });
    }
  },
};

export default rule;

/** A headline quotes at most a line's first 200 characters. */
function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
