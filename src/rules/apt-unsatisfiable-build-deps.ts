import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { builderOf, lineOf, placeOf } from '../failure.js';

const RESOLVER_NAMES = { apt: 'apt', aptitude: 'aptitude', classic: 'pbuilder\'s classic resolver', dose3: 'dose3' } as const;

const rule: Rule = {
  meta: {
    id: 'apt-unsatisfiable-build-deps',
    title: 'A build-dependency cannot be installed',
    severity: 'error',
    cause: 'unsatisfiable-build-deps',
    tags: ['apt', 'aptitude', 'pbuilder', 'sbuild', 'build-failure'],
    docs: {
      description: 'The resolver could not install the build-dependencies: apt\'s and aptitude\'s `The following packages have unmet dependencies:` block (` pbuilder-satisfydepends-dummy : Depends: libfoo-dev (>= 1.0) but it is not installable`), aptitude\'s `Unable to resolve dependencies!  Giving up...`, pbuilder-satisfydepends-classic\'s `E: Could not satisfy build-dependency.`, sbuild\'s dose3 explanation (`unsat-dependency: libfoo-dev:amd64 (>= 1.0)`), apt\'s `E: Unable to locate package`.',
      why: 'The chroot\'s archive does not have the package, or not in the required version: it is not in this distribution (yet), the chroot is out of date, or an extra repository is not configured (the environment\'s fault); or debian/control names a package that exists nowhere (`E: Unable to locate package`, `which is a virtual package and is not provided by any available package`): a wrong name is the package\'s fault. Nothing of the package was built; sbuild marks this `given-back`.',
      fix: 'Check the name and version against the archive the chroot uses (`apt-cache policy`, rmadison); update the chroot, add the repository that has it (pbuilder: OTHERMIRROR; sbuild: --extra-repository), or correct Build-Depends.',
      example: [' pbuilder-satisfydepends-dummy : Depends: libdoesnotexist-dev (>= 1.0) which is a virtual package and is not provided by any available package', 'Unable to resolve dependencies!  Giving up...'],
    },
  },
  create(context) {
    let first: { dependency: string; constraint?: string; reason?: string; resolver: keyof typeof RESOLVER_NAMES; evidence: Evidence; place: ReturnType<typeof placeOf> } | undefined;
    const others: Evidence[] = [];
    let done = false;
    const report = (closing?: Evidence): void => {
      if (done || first === undefined) return;
      done = true;
      const dep = first.constraint !== undefined ? `${first.dependency} (${first.constraint})` : first.dependency;
      const sbuild = builderOf(context.env) === 'sbuild';
      // E: Unable to locate package libfoo-dev
      //  pbuilder-satisfydepends-dummy : Depends: libdoesnotexist-dev which is a virtual package and is not provided by any available package
      const missing = first.reason !== undefined && (first.reason.includes('unable to locate package') || first.reason.includes('not provided by any available package'));
      context.report({
        message: missing
          ? `The build-dependency ${dep} names a package the chroot's archive does not have at all (${first.reason}; ${RESOLVER_NAMES[first.resolver]}): a wrong name in debian/control, unless it lives in a suite the chroot lacks.`
          : `The build-dependency ${dep} cannot be installed${first.reason ? `: ${first.reason}` : ''} (${RESOLVER_NAMES[first.resolver]}).`,
        evidence: [first.evidence, ...others, ...(closing ? [closing] : [])],
        remediation: {
          summary: missing
            ? `Correct the name ${first.dependency} in Build-Depends (debian/control); only if it exists in another suite (experimental, backports, a PPA), add that repository to the chroot.`
            : `Make ${dep} installable in the chroot (update it, add the repository that has it) or correct Build-Depends in debian/control.`,
          steps: [
            `apt-cache policy ${first.dependency}   (inside the chroot: ${sbuild ? 'sbuild-shell' : 'pbuilder login'})`,
            `rmadison ${first.dependency}`,
            sbuild ? 'sbuild --extra-repository="deb http://... suite main" ...' : 'pbuilder update --override-config --othermirror "deb http://... suite main"',
          ],
        },
        ...first.place,
        // apt knows no such package at all: the name in Build-Depends is wrong (unless it lives in another suite).
        side: missing ? 'package' : 'environment',
        data: { missing, dependency: first.dependency, ...(first.constraint !== undefined ? { constraint: first.constraint } : {}), resolver: first.resolver, headline: `build-dependency ${dep} cannot be installed` },
      });
    };
    return {
      'apt.unmet'(fact) {
        if (done) return;
        if (first === undefined) {
          first = {
            dependency: fact.dependency, resolver: fact.resolver, evidence: lineOf(fact, 'unsatisfiable'), place: placeOf(context.env, 'unsatisfiable-build-deps'),
            ...(fact.constraint !== undefined ? { constraint: fact.constraint } : {}), ...(fact.reason !== undefined ? { reason: fact.reason } : {}),
          };
        } else if (others.length < 5 && fact.line.number !== first.evidence.line) others.push(lineOf(fact));
        if (fact.resolver === 'dose3') report();
      },
      'apt.gave-up'(fact) {
        // aptitude prints the same unmet block as apt; its `Giving up` line says which resolver it was.
        if (first !== undefined && first.resolver === 'apt') first.resolver = fact.resolver;
        report(lineOf(fact, 'resolver gave up'));
      },
      'pbuilder.message'(fact) {
        if (fact.message.startsWith('pbuilder-satisfydepends failed')) report(lineOf(fact, 'pbuilder gives up'));
      },
      // The unmet block waits for the resolver to give up (or the end) before it is reported.
      pending: () => first !== undefined && !done,
      end() {
        report();
      },
    };
  },
};

export default rule;
