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
