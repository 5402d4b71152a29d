import type { Rule } from '../rule.js';
import type { Remediation } from '../types.js';
import { lineOf } from '../failure.js';

interface SetupError {
  /** How the E: message starts (or, with `suffix`, ends). */
  readonly start?: string;
  readonly suffix?: string;
  readonly fix: (message: string) => Remediation;
}

const word = (message: string): string => message.split(/\s+/)[0] ?? 'debootstrap';

/**
 * pbuilder 0.231's E: messages that mean the chroot could not be made (pbuilder-modules
 * extractbuildplace/copyinputfile/checkbuilddep, pbuilder-createbuildenv, pbuilder-buildpackage), each with
 * its own fix: `pbuilder create` only where the base tarball is missing or broken.
 *   E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> to create your base tarball yet?
 *   E: mmdebstrap failed        (pbuilder-createbuildenv: log.e "$DEBOOTSTRAP failed", DEBOOTSTRAP=mmdebstrap)
 */
const SETUP_ERRORS: readonly SetupError[] = [
  { start: 'failed to find ', fix: (m) => ({ summary: 'The base tarball does not exist: create it (or point BASETGZ / --basetgz at the one you have).', steps: [`pbuilder create --basetgz ${m.slice(15).split(',')[0] ?? '/var/cache/pbuilder/base.tgz'}`] }) },
  { start: 'failed to extract ', fix: () => ({ summary: 'The base tarball could not be extracted into BUILDPLACE: check that the tarball is whole and that BUILDPLACE has space; recreate the tarball only if it is damaged.', steps: ['tar -tzf /var/cache/pbuilder/base.tgz > /dev/null   # a damaged tarball fails here', 'df -h /var/cache/pbuilder/build', 'pbuilder create   # only if the tarball is damaged'] }) },
  { start: 'failed to build the directory to chroot', fix: () => ({ summary: 'BUILDPLACE could not be created: check its path, its permissions and free space.', steps: ['ls -ld /var/cache/pbuilder/build; df -h /var/cache/pbuilder/build'] }) },
  { start: 'Could not make directory [', fix: () => ({ summary: 'pbuilder create could not make BUILDPLACE: check its path, its permissions and free space.', steps: ['ls -ld /var/cache/pbuilder/build; df -h /var/cache/pbuilder/build'] }) },
  { start: 'Distribution not specified', fix: () => ({ summary: 'Name the distribution: DISTRIBUTION in pbuilderrc or --distribution.', steps: ['pbuilder create --distribution bookworm', 'DISTRIBUTION=bookworm   (in pbuilderrc)'] }) },
  { start: 'failed creating buildresult dir', fix: () => ({ summary: 'BUILDRESULT could not be created: check its path and permissions.', steps: ['BUILDRESULT=/var/cache/pbuilder/result/   (in pbuilderrc, a directory you can write)'] }) },
  { start: 'failed building base tarball', fix: () => ({ summary: 'pbuilder could not write the base tarball: check free space and permissions where BASETGZ points.', steps: ['df -h /var/cache/pbuilder'] }) },
  // E: mmdebstrap does not exist, install or change DEBOOTSTRAP option
  { suffix: 'does not exist, install or change DEBOOTSTRAP option', fix: (m) => ({ summary: `${word(m)} is not installed: install it, or set DEBOOTSTRAP in pbuilderrc to the one you have.`, steps: [`apt-get install ${word(m)}`, 'DEBOOTSTRAP=debootstrap   (in pbuilderrc)'] }) },
  // E: debootstrap failed    E: mmdebstrap failed    E: qemu-debootstrap failed
  { suffix: 'debootstrap failed', fix: (m) => ({ summary: `${word(m)} could not create the chroot: the reason is in the tail of debootstrap.log that pbuilder prints after this line (a mirror, a keyring, a suite name).`, steps: ['grep -E "^(MIRRORSITE|DISTRIBUTION|DEBOOTSTRAPOPTS|DEBOOTSTRAP)=" /etc/pbuilderrc ~/.pbuilderrc'] }) },
  { suffix: 'mmdebstrap failed', fix: () => ({ summary: 'mmdebstrap could not create the chroot: its own `E:` lines above this one say why (a mirror, a keyring, a suite name, apt failing inside).', steps: ['grep -E "^(MIRRORSITE|DISTRIBUTION|DEBOOTSTRAPOPTS)=" /etc/pbuilderrc ~/.pbuilderrc'] }) },
];

// E: Something is still mounted under /var/cache/pbuilder/build/1234; unmount and remove /var/cache/pbuilder/build/1234 manually
const STILL_MOUNTED = 'Something is still mounted under ';

const rule: Rule = {
  meta: {
    id: 'pbuilder-chroot-setup-failed',
    title: 'pbuilder could not set up the build chroot',
    severity: 'error',
    cause: 'chroot-setup-failed',
    tags: ['pbuilder', 'build-failure'],
    docs: {
      description: 'pbuilder stopped before building with one of its set-up errors (pbuilder 0.231): `E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> ...`, `E: failed to extract ... to ...`, `E: failed to build the directory to chroot`, `E: Could not make directory [...]`, `E: Distribution not specified, please specify`, `E: failed creating buildresult dir`, `E: debootstrap failed` / `E: mmdebstrap failed` (whatever DEBOOTSTRAP names), `E: mmdebstrap does not exist, install or change DEBOOTSTRAP option`. `E: Something is still mounted under BUILDPLACE; unmount and remove BUILDPLACE manually` is reported too, as a warning: it is the clean-up after the build, not the set-up.',
      why: 'The build environment is missing or broken; the package has not been looked at. Each message has its own fix: `pbuilder create` only helps where the base tarball is missing (or damaged); a failed debootstrap or mmdebstrap says why in its own lines (pbuilder prints the tail of debootstrap.log; mmdebstrap prints `E:` lines before pbuilder\'s). A mount left under BUILDPLACE after the build (a bind mount or a process still running) keeps pbuilder from removing it.',
      fix: 'Do what the message asks: create the base tarball where it is missing, set DISTRIBUTION, fix BUILDPLACE/BUILDRESULT permissions or space, read debootstrap\'s or mmdebstrap\'s own error for a mirror, keyring or suite problem; after `Something is still mounted`, unmount what is left under BUILDPLACE and remove it.',
      example: ['E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> to create your base tarball yet?', 'E: mmdebstrap failed'],
    },
  },
  create(context) {
    let done = false;
    return {
      'pbuilder.message'(fact) {
        if (done || fact.level !== 'E') return;
        const message = fact.message;
        if (message.startsWith(STILL_MOUNTED)) {
          const place = message.slice(STILL_MOUNTED.length).split(';')[0]!.trim();
          context.report({
            message: `pbuilder could not clean up after the build: something is still mounted under ${place}, so it did not remove the build place.`,
            severity: 'warning',
            evidence: [lineOf(fact, 'clean-up error')],
            remediation: {
              summary: `Unmount what is left under ${place} (a BINDMOUNTS entry, or a process of the build still running), then remove the directory; the next build is not affected unless the disk fills up.`,
              steps: [`grep ' ${place}' /proc/mounts`, `umount -R ${place}/<what is listed>`, `rm -rf --one-file-system ${place}`],
            },
            stage: 'cleanup',
            side: 'environment',
            data: { error: message, place, headline: `clean-up failed: something is still mounted under ${place}` },
          });
          return;
        }
        const hit = SETUP_ERRORS.find((e) => (e.start !== undefined && message.startsWith(e.start)) || (e.suffix !== undefined && message.endsWith(e.suffix)));
        if (hit === undefined) return;
        done = true;
        context.report({
          message: `pbuilder could not set up the chroot: ${message}`,
          evidence: [lineOf(fact, 'set-up error')],
          remediation: hit.fix(message),
          stage: context.env.stage?.name ?? 'extract-base',
          side: 'environment',
          data: { error: message, headline: `chroot set-up failed: ${message}` },
        });
      },
    };
  },
};

export default rule;
