import { compareVersions, type PbuilderEra } from '../parsers/pbuilder.js';
import type { BuildEnvironment } from '../facts.js';
import type { Remediation } from '../types.js';

/** Which pbuilder generation's shm switch applies, from the bounds the log gave. */
export type ShmGeneration = 'useshm' | 'userunshm' | 'bindmount' | 'unknown-pbuilder' | 'sbuild' | 'unknown-environment';

export function shmGeneration(env: Readonly<BuildEnvironment>): ShmGeneration {
  const era: PbuilderEra | undefined = env.pbuilder;
  // No pbuilder line (yet): a log can show its builder after the symptom (a pasted transcript), so
  // only a known other builder rules pbuilder out.
  if (era === undefined) return env.sbuild !== undefined ? 'sbuild' : 'unknown-environment';
  if (era.min !== undefined && compareVersions(era.min, '0.228') >= 0) return 'useshm';
  if (era.max !== undefined && compareVersions(era.max, '0.214') <= 0) return 'bindmount';
  if (era.min !== undefined && compareVersions(era.min, '0.215') >= 0 && era.max !== undefined && compareVersions(era.max, '0.227') <= 0) {
    return 'userunshm';
  }
  return 'unknown-pbuilder';
}

function eraWords(env: Readonly<BuildEnvironment>): string {
  const era = env.pbuilder;
  if (era === undefined) return '';
  const sign = era.signs[era.signs.length - 1];
  const range = era.min !== undefined && era.max !== undefined ? `${era.min}–${era.max}`
    : era.min !== undefined ? `≥ ${era.min}` : era.max !== undefined ? `≤ ${era.max}` : '';
  return range === '' ? '' : ` (the log shows pbuilder ${range}${sign ? `: line ${sign.line}` : ''})`;
}

/**
 * The exact change that gives the build a usable /dev/shm, for the pbuilder generation the log shows.
 * Facts from pbuilder's changelog and NEWS: 0.228 mounts a tmpfs on /dev/shm by default (USESHM=yes) and
 * asks admins to drop old BINDMOUNTS=/dev/shm workarounds; 0.215–0.227 had USERUNSHM; before, only a bind
 * mount helped. USERUNSHM still overrides USESHM in 0.228 and later.
 */
export function shmRemediation(env: Readonly<BuildEnvironment>): Remediation {
  switch (shmGeneration(env)) {
    case 'useshm':
      return {
        summary: `Let pbuilder mount its tmpfs on /dev/shm${eraWords(env)}: set USESHM=yes in the pbuilderrc (the default), and remove any USERUNSHM=no, which overrides it, and any old BINDMOUNTS=/dev/shm workaround.`,
        steps: ['USESHM=yes', 'grep -nE "^(USESHM|USERUNSHM|BINDMOUNTS)=" /etc/pbuilderrc ~/.pbuilderrc'],
      };
    case 'userunshm':
      return {
        summary: `Mount shared memory in the chroot${eraWords(env)}: set USERUNSHM=yes in the pbuilderrc, or bind-mount the host's /dev/shm.`,
        steps: ['USERUNSHM=yes', 'BINDMOUNTS="/dev/shm"'],
      };
    case 'bindmount':
      return {
        summary: `This pbuilder has no shm option${eraWords(env)}: bind-mount the host's /dev/shm into the chroot.`,
        steps: ['pbuilder build --bindmounts /dev/shm <package>.dsc', 'BINDMOUNTS="/dev/shm"'],
      };
    case 'unknown-pbuilder':
      return {
        summary: 'Give the chroot a /dev/shm: on pbuilder ≥ 0.228 set USESHM=yes (and drop USERUNSHM=no); on older pbuilder bind-mount the host\'s /dev/shm. `dpkg-query -W pbuilder` shows the version.',
        steps: ['USESHM=yes', 'pbuilder build --bindmounts /dev/shm <package>.dsc'],
      };
    case 'sbuild':
      return {
        summary: 'Give the sbuild chroot a /dev/shm: with the schroot backend, bind-mount the host\'s in the chroot\'s fstab; with the unshare backend, make sure the chroot tarball has a /dev/shm directory (a plain directory is enough on current glibc).',
        steps: ['/dev/shm  /dev/shm  none  rw,bind  0  0    # in /etc/schroot/sbuild/fstab'],
      };
    case 'unknown-environment':
      return {
        summary: 'Give the build environment a usable /dev/shm before the build starts: pbuilder ≥ 0.228 USESHM=yes (older: --bindmounts /dev/shm), schroot/sbuild a /dev/shm line in the chroot\'s fstab, any other chroot or container a tmpfs on /dev/shm.',
        steps: [
          'USESHM=yes    # pbuilderrc, pbuilder ≥ 0.228',
          'pbuilder build --bindmounts /dev/shm <package>.dsc    # pbuilder < 0.228',
          '/dev/shm  /dev/shm  none  rw,bind  0  0    # /etc/schroot/sbuild/fstab',
          'mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs <chroot>/dev/shm',
        ],
      };
  }
}
