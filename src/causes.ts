import type { FaultSide } from './types.js';

/**
 * Root causes. Several rules can see symptoms of one cause (configure, the chroot set-up, Python);
 * their findings carry the same cause id and are shown as one diagnosis.
 */
export interface Cause {
  readonly id: string;
  /** A short noun phrase, shown as the diagnosis heading. */
  readonly title: string;
  readonly side: FaultSide;
}

const list: Cause[] = [
  { id: 'no-usable-shm', title: 'No usable shared memory (/dev/shm) in the build environment', side: 'environment' },
  { id: 'chroot-missing-mount', title: 'A filesystem the build needs was not mounted in the chroot', side: 'environment' },
  { id: 'broken-feature-check', title: 'configure found a function but its run test failed', side: 'environment' },
  { id: 'log-missing-stderr', title: 'The log lacks pbuilder\'s stderr', side: 'environment' },
  { id: 'fink-live-buildlock', title: 'Another fink process is building a package and its buildlock is live', side: 'environment' },
  { id: 'fink-dead-buildlock', title: 'A dead Fink buildlock left by a crashed or interrupted build', side: 'environment' },
  { id: 'fink-dependency-confusion', title: 'Fink\'s dependency engine installed the wrong packages for a build', side: 'environment' },
  { id: 'dpkg-status-corrupt', title: 'dpkg\'s status database cannot be parsed', side: 'environment' },
  { id: 'package-manager-lock', title: 'Another package manager process holds the dpkg/apt lock', side: 'environment' },
  { id: 'dpkg-interrupted', title: 'An interrupted dpkg run left unfinished changes', side: 'environment' },
  { id: 'obsolete-config', title: 'A workaround the tool version no longer needs', side: 'environment' },
];

export const CAUSES: ReadonlyMap<string, Cause> = new Map(list.map((c) => [c.id, c]));

/** Registers causes from a plug-in or another rule set. */
export function defineCauses(causes: readonly Cause[]): void {
  for (const cause of causes) (CAUSES as Map<string, Cause>).set(cause.id, cause);
}

export function causeTitle(id: string): string {
  return CAUSES.get(id)?.title ?? id;
}
