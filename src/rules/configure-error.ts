import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'configure-error',
    title: 'configure stopped with an error',
    severity: 'error',
    cause: 'configure-failed',
    tags: ['autoconf', 'build-failure'],
    docs: {
      description: 'An Autoconf configure script stopped: `configure: error: MESSAGE` (missing pkg-config modules have their own rule, build-dependency-not-found, which points at the earlier line).',
      why: 'configure checks for what the build needs and stops at the first thing missing; in a clean chroot that is almost always a package missing from Build-Depends. The details of the failed check are in config.log, and dh_auto_configure has already put it into the build log: when configure fails it runs `tail -v -n +0 config.log` (debhelper 13.11 Buildsystem/autoconf.pm), so the log goes on with `==> config.log <==` and the whole file.',
      fix: 'Read the message (it usually names the library or program) and add the package that provides it to Build-Depends; for a failed compiler or feature test, read the config.log that follows in the build log (after `==> config.log <==`): the failed test\'s program and compiler output are there.',
      example: ['configure: error: C compiler cannot create executables'],
    },
  },
  create(context) {
    let done = false;
    return {
      'configure.error'(fact) {
        if (done) return;
        done = true;
        context.report({
          message: `configure stopped: ${fact.message}`,
          evidence: [lineOf(fact, 'configure error')],
          remediation: {
            summary: 'Install what the configure message names (add its package to Build-Depends). The failed test itself is in config.log, which dh_auto_configure printed into this log right after the error (`==> config.log <==`).',
            steps: ["sed -n '/^==> config.log <==/,$p' build.log | grep -n -B2 -A20 'exit status\\|error:'", `apt-file search '${fact.message.replace(/'/g, '').slice(0, 40)}'   (if it names a file)`],
          },
          ...placeOf(context.env, 'configure-failed'),
          data: { error: fact.message, headline: `configure: ${fact.message}` },
        });
      },
    };
  },
};

export default rule;
