import type { Rule } from '../rule.js';
import autoconfCheckContradiction from './autoconf-check-contradiction.js';
import autoconfSemaphoresDisabled from './autoconf-semaphores-disabled.js';
import pbuilderChrootNoShm from './pbuilder-chroot-no-shm.js';
import pbuilderMissingMount from './pbuilder-missing-mount.js';
import pbuilderObsoleteShmBindmount from './pbuilder-obsolete-shm-bindmount.js';
import pbuilderStderrMissing from './pbuilder-stderr-missing.js';
import pythonSemaphoresUnavailable from './python-semaphores-unavailable.js';

/** Every built-in rule. A test checks that each file in this folder is listed here, documented and tested. */
export const allRules: readonly Rule[] = [
  autoconfCheckContradiction,
  autoconfSemaphoresDisabled,
  pbuilderChrootNoShm,
  pbuilderMissingMount,
  pbuilderObsoleteShmBindmount,
  pbuilderStderrMissing,
  pythonSemaphoresUnavailable,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
