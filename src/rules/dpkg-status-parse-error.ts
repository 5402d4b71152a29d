import type { Rule } from '../rule.js';
import type { Remediation } from '../types.js';
import { describe, isLock, parseLock } from '../remedies/fink.js';

/** `/sw/var/lib/dpkg/status` → `/sw/var/lib/dpkg/status-old` (dpkg keeps the previous copy beside it). */
function oldCopy(file: string): string {
  return `${file}-old`;
}

function finkRemediation(file: string, pkg: string, near: number): Remediation {
  const lock = parseLock(pkg);
  return {
    summary: `As root, edit ${file}: the stanza of ${pkg} ends near line ${near}; change its \`Status: install ok installed\` to \`Status: purge ok not-installed\`. dpkg then treats the lock of ${describe(lock)} as never installed, and fink does not miss it. Or restore dpkg's previous copy ${oldCopy(file)} (it lacks only the last dpkg change).`,
    steps: [
      `sudo cp -p ${file} ${file}.broken`,
      `sudo sed -i '' -e '/^Package: ${pkg}$/,/^$/s/^Status: install ok installed$/Status: purge ok not-installed/' ${file}   # macOS sed; GNU sed: -i without ''`,
      `# or: sudo cp -p ${oldCopy(file)} ${file}`,
    ],
  };
}

function dpkgRemediation(file: string, pkg: string | undefined, near: number, problem: string | undefined): Remediation {
  const where = pkg !== undefined ? `the stanza of ${pkg}, which ends near line ${near}` : `line ${near}`;
  return {
    summary: `dpkg cannot read ${file} (${problem ?? 'parse error'} at ${where}). Back the file up, then repair that stanza by hand from a good copy: ${oldCopy(file)} (the state before the last dpkg run)${file === '/var/lib/dpkg/status' ? ' or the daily /var/backups/dpkg.status.*' : ''}. Run dpkg again when it parses.`,
    steps: [
      `sudo cp -p ${file} ${file}.broken`,
      `sed -n '${Math.max(1, near - 15)},${near}p' ${file}`,
      ...(pkg !== undefined ? [`grep -n -A12 '^Package: ${pkg}$' ${oldCopy(file)}`] : []),
      'sudo dpkg --configure -a',
    ],
  };
}

const rule: Rule = {
  meta: {
    id: 'dpkg-status-parse-error',
    title: 'dpkg cannot parse its status database',
    severity: 'error',
    cause: 'dpkg-status-corrupt',
    tags: ['dpkg', 'fink', 'buildlock'],
    docs: {
      description:
        'dpkg or dpkg-query stopped on a parse error in one of its database files, in any of its wordings (dpkg git tags): ``dpkg: parse error, in file `F\' near line N package `P\':`` (dpkg ≤ 1.14), `parse error, in file \'F\'` with ASCII quotes (1.15.x), `dpkg: error: parsing file \'F\' near line N package \'P\':` (from 1.16.0; `dpkg-query:` when dpkg-query read the file); the second line is ` missing version` up to 1.19.4 and ` missing \'Version\' field` from 1.19.5; as two lines or pasted as one. Warnings (`dpkg: warning: parsing file ...`) are not reported.',
      why:
        'Every dpkg and apt command reads the status file first, so one bad stanza stops all package operations, including fink\'s. The Fink case: a build ended ungracefully (power loss, kill) while its `fink-buildlock-NAME-VERSION-REVISION` package was half-recorded: dpkg\'s status says `install ok installed` for a package with no Version, and dpkg insists that an installed package has one. The error comes from dpkg, not fink: fink\'s part of the job had succeeded, and no fink command can fix it.',
      fix: 'For a buildlock package: as root, change its `Status: install ok installed` to `Status: purge ok not-installed` in the named status file (`/sw/var/lib/dpkg/status`, `/opt/sw/var/lib/dpkg/status`), at the line dpkg names, or restore `status-old`. For any other package: back up the file, repair the stanza from `status-old` or /var/backups/dpkg.status.*, then `dpkg --configure -a`.',
      example: ["dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537", "package `fink-buildlock-antlr-2.7.4-2':  missing version"],
    },
  },
  create(context) {
    return {
      'dpkg.parse-error'(fact) {
        if (fact.level !== 'error') return;
        const pkg = fact.package;
        const lock = pkg !== undefined && isLock(pkg);
        // Fink's dpkg database:  /sw/var/lib/dpkg/status  or  /opt/sw/var/lib/dpkg/status
    const finkSide = lock || context.env.fink !== undefined || /(^|\/)(opt\/)?sw\/var\/lib\/dpkg\//.test(fact.file);
        const what = `${fact.program} cannot parse ${fact.file} near line ${fact.near}${pkg !== undefined ? ` (package ${pkg})` : ''}${fact.problem !== undefined ? `: ${fact.problem}` : ''}`;
        context.report({
          message: lock
            ? `${what}. The buildlock package was left recorded as installed without a version (its build ended ungracefully). This failed in dpkg, not in fink: fink's part succeeded and the fix is in dpkg's status file.`
            : finkSide
              ? `${what}. This failed in dpkg, not in fink: fink's part succeeded and the fix is in dpkg's status file.`
              : `${what}.`,
          line: fact.line.number,
          evidence: fact.evidence.map((e, i) => (i === 0 ? { ...e, note: `line ${fact.near} of ${fact.file}` } : e)),
          remediation: lock ? finkRemediation(fact.file, pkg, fact.near) : dpkgRemediation(fact.file, pkg, fact.near, fact.problem),
          stage: 'dpkg',
          side: 'environment',
          data: { program: fact.program, file: fact.file, near: fact.near, package: pkg, problem: fact.problem, wording: fact.wording, buildlock: lock },
        });
      },
    };
  },
};

export default rule;
