import { compareVersions, type PbuilderEra } from '../parsers/pbuilder.js';
import type { BuildEnvironment } from '../facts.js';
import type { Remediation } from '../types.js';

/**
 * Which switch gives the build a /dev/shm, from what the log shows. Facts from the tools' sources:
 * pbuilder's git history (0.214 `USEDEVSHM`, 0.215–0.227 `USERUNSHM` a tmpfs on /run/shm, ≥ 0.228
 * `USESHM` a tmpfs on /dev/shm with /run/shm a link; before 0.214 only BINDMOUNTS), pbuilder 0.231's
 * pbuilder-loadconfig (USERUNSHM overrides USESHM after /usr/share/pbuilder/pbuilderrc, /etc/pbuilderrc and
 * ~/.pbuilderrc, not after a `--configfile` file, which pbuilder-checkparams sources with no such step),
 * sbuild 0.85 (ChrootUnshare.pm mounts a tmpfs on /dev/shm for every command; schroot 1.6's
 * /etc/schroot/sbuild/fstab has `tmpfs /dev/shm tmpfs defaults 0 0`), Docker (a 64 MiB tmpfs, `--shm-size`,
 * none with `--ipc=none`; BuildKit `RUN --mount=type=tmpfs,target=/dev/shm`).
 */
export type ShmGeneration =
  | 'useshm' | 'userunshm' | 'usedevshm' | 'bindmount' | 'unknown-pbuilder'
  | 'sbuild-unshare' | 'sbuild-schroot' | 'container' | 'unknown-environment';

/** What the symptom says went wrong, when it says (errno of sem_open, a cached configure answer). */
export interface ShmSymptom {
  /** 2 ENOENT, 13 EACCES, 28 ENOSPC, 38 ENOSYS. */
  readonly errno?: number;
  /** configure's `(cached) no`: the answer came from a config.cache. */
  readonly cached?: boolean;
}

export function shmGeneration(env: Readonly<BuildEnvironment>): ShmGeneration {
  const era: PbuilderEra | undefined = env.pbuilder;
  if (era === undefined) {
    // No pbuilder line (yet): a log can show its builder after the symptom (a pasted transcript), so
    // only a known other builder rules pbuilder out.
    if (env.sbuild !== undefined) return env.sbuildBackend?.name === 'unshare' ? 'sbuild-unshare' : 'sbuild-schroot';
    if (env.container !== undefined) return 'container';
    return 'unknown-environment';
  }
  if (env.pbuilderShm !== undefined && env.pbuilderShm.how !== 'bind') return env.pbuilderShm.how === 'useshm' ? 'useshm' : env.pbuilderShm.how;
  if (era.min !== undefined && compareVersions(era.min, '0.228') >= 0) return 'useshm';
  if (era.max !== undefined && compareVersions(era.max, '0.213') <= 0) return 'bindmount';
  if (era.min !== undefined && compareVersions(era.min, '0.215') >= 0 && era.max !== undefined && compareVersions(era.max, '0.227') <= 0) return 'userunshm';
  if (era.min !== undefined && era.max !== undefined && compareVersions(era.min, '0.214') === 0 && compareVersions(era.max, '0.214') === 0) return 'usedevshm';
  return 'unknown-pbuilder';
}

function eraWords(env: Readonly<BuildEnvironment>): string {
  const era = env.pbuilder;
  if (era === undefined) return '';
  const sign = era.signs[era.signs.length - 1];
  const range = era.min !== undefined && era.max !== undefined ? (era.min === era.max ? era.min : `${era.min}–${era.max}`)
    : era.min !== undefined ? `≥ ${era.min}` : era.max !== undefined ? `≤ ${era.max}` : '';
  return range === '' ? '' : ` (the log shows pbuilder ${range}${sign ? `: line ${sign.line}` : ''})`;
}

const RCFILES = '/etc/pbuilderrc ~/.pbuilderrc /usr/share/pbuilder/pbuilderrc FILE-GIVEN-TO---configfile';

/** What is left when the log shows the shm set-up in effect, by the errno the symptom gave. */
function whatIsLeft(symptom: ShmSymptom, place: string): string {
  switch (symptom.errno) {
    case 28: return `Errno 28 under /dev/shm means ${place} is full (it is not the build place: freeing BUILDPLACE does not help): the build or its tests leave semaphores and shared memory segments behind, or need more than its size.`;
    case 13: return `Errno 13 means something denies the build user ${place}: a Linux security module (AppArmor, SELinux) or a seccomp filter (a snap or a container around the builder), or a mount over it with the wrong owner and mode.`;
    case 2: return `Errno 2 means /dev/shm was gone when the program ran: something after the set-up replaced it (a bind mount of /dev, a hook or a build step that removes it).`;
    case 38: return 'Errno 38 means sem_open is not implemented there: an old glibc with no tmpfs in /proc/mounts, or an emulated foreign-architecture chroot (qemu-user).';
    default: return `Left to check: ${place} full (Errno 28), a security module or seccomp filter denying it (Errno 13), or something replacing /dev/shm after the set-up (Errno 2); the program's own error says which.`;
  }
}

function cachedNote(symptom: ShmSymptom): string {
  return symptom.cached === true
    ? ' configure read this answer from a cache (`(cached) no`): a config.cache written by a configure run elsewhere, perhaps without shm; delete it and run configure again, or the answer stays no.'
    : '';
}

function cachedSteps(symptom: ShmSymptom): string[] {
  return symptom.cached === true ? ['rm -f config.cache   # or the --cache-file / CONFIG_SITE cache the build passes to configure'] : [];
}

/**
 * The exact change that gives the build a usable /dev/shm, for the builder and version the log shows. It
 * never advises what the log shows already in effect: when the shm line is there and the build still
 * fails, it says what that rules out and what is left.
 */
export function shmRemediation(env: Readonly<BuildEnvironment>, symptom: ShmSymptom = {}): Remediation {
  const cached = cachedNote(symptom);
  const shown = env.pbuilderShm;
  if (shown !== undefined && env.pbuilder !== undefined) {
    const at = `line ${shown.line}: ${shown.text.trim()}`;
    if (shown.how === 'useshm') {
      return {
        summary: `The log shows pbuilder's shm set-up in effect (${at}: a tmpfs on /dev/shm, mode 1777), so the USESHM switch is on and not what is missing.${cached} ${whatIsLeft(symptom, 'the tmpfs pbuilder mounted on /dev/shm')} A BINDMOUNTS entry for /dev/shm would also over-mount that tmpfs with the host's /dev/shm.`,
        steps: [...cachedSteps(symptom), 'pbuilder login   # inside: ls -ld /dev/shm /run/shm; df -h /dev/shm; grep shm /proc/mounts', `grep -nE "^BINDMOUNTS=" ${RCFILES}`, 'dmesg | grep -iE "apparmor|selinux|seccomp|denied"'],
      };
    }
    if (shown.how === 'bind') {
      return {
        summary: `The log shows the host's /dev/shm bind-mounted into the chroot (${at}), so the chroot has one.${cached} ${whatIsLeft(symptom, 'the host\'s /dev/shm')}${env.pbuilder.min !== undefined && compareVersions(env.pbuilder.min, '0.228') >= 0 ? ' This pbuilder (≥ 0.228) mounts its own tmpfs there (USESHM=yes): drop the BINDMOUNTS entry instead of debugging the host\'s.' : ''}`,
        steps: [...cachedSteps(symptom), 'df -h /dev/shm; ls -ld /dev/shm   # on the host', 'dmesg | grep -iE "apparmor|selinux|seccomp|denied"'],
      };
    }
    // 0.214–0.227: the tmpfs is on /run/shm; current glibc opens semaphores in /dev/shm only.
    const switchName = shown.how === 'usedevshm' ? 'USEDEVSHM' : 'USERUNSHM';
    if (shown.target === '/run/shm' && (symptom.errno === undefined || symptom.errno === 13 || symptom.errno === 2)) {
      return {
        summary: `The log shows ${switchName} in effect (${at}): pbuilder mounted a tmpfs on /run/shm only.${cached} glibc ≥ 2.34 creates semaphores in /dev/shm alone, so the chroot's own /dev/shm must be a link to /run/shm: debootstrap makes it a root-owned 0755 directory, which the build user (BUILDUSERID) cannot write (Errno 13), and a missing one gives Errno 2. Link it in the base chroot, or upgrade to pbuilder ≥ 0.228, whose USESHM mounts the tmpfs on /dev/shm itself.`,
        steps: [...cachedSteps(symptom), 'pbuilder login --save-after-login   # inside: rm -rf /dev/shm && ln -s /run/shm /dev/shm', 'dpkg-query -W pbuilder   # 0.228 and later: USESHM=yes (the default) mounts the tmpfs on /dev/shm'],
      };
    }
    return {
      summary: `The log shows ${switchName} in effect (${at}), so the switch is on and not what is missing.${cached} ${whatIsLeft(symptom, `the tmpfs pbuilder mounted on ${shown.target}`)}`,
      steps: [...cachedSteps(symptom), `pbuilder login   # inside: ls -ld /dev/shm ${shown.target}; df -h ${shown.target}`, 'dmesg | grep -iE "apparmor|selinux|seccomp|denied"'],
    };
  }

  const unwritable = ' Without it the chroot keeps debootstrap\'s /dev/shm, a root-owned 0755 directory: the build user (BUILDUSERID) cannot create semaphores there on glibc ≥ 2.34 (Errno 13), a missing one gives Errno 2, and older glibc needs a tmpfs (Errno 38).';
  switch (shmGeneration(env)) {
    case 'useshm':
      return {
        summary: `Let pbuilder mount its tmpfs on /dev/shm${eraWords(env)}: USESHM=yes (the default) in the pbuilderrc.${cached} USESHM=no turns it off in any of them, and so does USERUNSHM=no in /etc/pbuilderrc or ~/.pbuilderrc (pbuilder applies USERUNSHM after each of those, not after a --configfile file); drop any old BINDMOUNTS=/dev/shm too, which over-mounts the tmpfs.${unwritable}`,
        steps: ['USESHM=yes', `grep -nE "^(USESHM|USERUNSHM|BINDMOUNTS)=" ${RCFILES}`, ...cachedSteps(symptom)],
      };
    case 'userunshm':
      return {
        summary: `Mount shared memory in the chroot${eraWords(env)}: USERUNSHM=yes in the pbuilderrc (a tmpfs on /run/shm; the chroot's /dev/shm must link to it for glibc ≥ 2.34), or BINDMOUNTS="/dev/shm".${cached}`,
        steps: ['USERUNSHM=yes', 'BINDMOUNTS="/dev/shm"', ...cachedSteps(symptom)],
      };
    case 'usedevshm':
      return {
        summary: `Mount shared memory in the chroot${eraWords(env)}: pbuilder 0.214 has USEDEVSHM=yes (a tmpfs on /run/shm, or /dev/shm where the host has no /run/shm).${cached}`,
        steps: ['USEDEVSHM=yes', ...cachedSteps(symptom)],
      };
    case 'bindmount':
      return {
        summary: `This pbuilder has no shm option${eraWords(env)} (USEDEVSHM came in 0.214): bind-mount the host's /dev/shm into the chroot.${cached}`,
        steps: ['pbuilder build --bindmounts /dev/shm <package>.dsc', 'BINDMOUNTS="/dev/shm"', ...cachedSteps(symptom)],
      };
    case 'unknown-pbuilder':
      return {
        summary: `Give the chroot a /dev/shm: pbuilder ≥ 0.228 USESHM=yes (and no USERUNSHM=no in /etc/pbuilderrc or ~/.pbuilderrc); 0.215–0.227 USERUNSHM=yes; 0.214 USEDEVSHM=yes; older --bindmounts /dev/shm. \`dpkg-query -W pbuilder\` shows the version.${cached}`,
        steps: ['USESHM=yes    # pbuilder ≥ 0.228', 'USERUNSHM=yes    # 0.215–0.227', 'pbuilder build --bindmounts /dev/shm <package>.dsc    # ≤ 0.213', ...cachedSteps(symptom)],
      };
    case 'sbuild-unshare':
      return {
        summary: `sbuild's unshare backend mounts its own tmpfs on /dev/shm for every command (sbuild 0.85 ChrootUnshare.pm; the log shows the backend at line ${env.sbuildBackend!.line}), so shm is not missing; never bind-mount the host's /dev/shm into it.${cached} ${whatIsLeft(symptom, 'that tmpfs')}`,
        steps: [...cachedSteps(symptom), 'sbuild --chroot-mode=unshare --anything-failed-commands=%SBUILD_SHELL ...   # inside: ls -ld /dev/shm; df -h /dev/shm', 'dmesg | grep -iE "apparmor|selinux|seccomp|denied"'],
      };
    case 'sbuild-schroot':
      return {
        summary: `With schroot, /dev/shm comes from the chroot's profile: the \`sbuild\` profile's /etc/schroot/sbuild/fstab mounts \`tmpfs /dev/shm tmpfs defaults 0 0\` (schroot 1.6). Check the chroot's profile= line (a chroot on another profile, or an edited fstab, has none); do not bind-mount the host's /dev/shm.${cached}`,
        steps: ['grep -H "^profile" /etc/schroot/chroot.d/* /etc/schroot/schroot.conf   # expect: profile=sbuild', 'grep -n shm /etc/schroot/sbuild/fstab   # expect: tmpfs  /dev/shm  tmpfs  defaults  0  0', ...cachedSteps(symptom)],
      };
    case 'container':
      return {
        summary: `This log comes from a ${env.container!.engine === 'buildkit' ? 'Docker BuildKit' : 'Docker'} build (line ${env.container!.line}), not pbuilder or sbuild: /dev/shm is the container's own tmpfs, 64 MiB by default (Errno 28 when a build needs more), and none with --ipc=none.${cached} Give it a bigger one: \`--shm-size\` for docker run and the classic docker build, or a tmpfs mount on the RUN step with BuildKit.`,
        steps: ['RUN --mount=type=tmpfs,target=/dev/shm ./configure ...   # Dockerfile, BuildKit', 'docker run --shm-size=1g ...   # not --ipc=none', 'docker build --shm-size=1g ...   # classic builder', ...cachedSteps(symptom)],
      };
    case 'unknown-environment':
      return {
        summary: `Give the build environment a usable /dev/shm before the build starts: pbuilder ≥ 0.228 USESHM=yes (older: --bindmounts /dev/shm); schroot/sbuild a chroot on the sbuild profile (its fstab mounts a tmpfs on /dev/shm; sbuild's unshare backend mounts one itself); Docker --shm-size or BuildKit RUN --mount=type=tmpfs,target=/dev/shm; any other chroot a tmpfs on /dev/shm.${cached}`,
        steps: [
          'USESHM=yes    # pbuilderrc, pbuilder ≥ 0.228',
          'profile=sbuild    # /etc/schroot/chroot.d/<chroot>',
          'RUN --mount=type=tmpfs,target=/dev/shm ...    # Dockerfile (BuildKit); docker run --shm-size=1g',
          'mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs <chroot>/dev/shm',
          ...cachedSteps(symptom),
        ],
      };
  }
}
