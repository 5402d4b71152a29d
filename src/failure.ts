import type { BuildEnvironment, Fact } from './facts.js';
import type { Evidence, FaultSide } from './types.js';
import { CAUSES } from './causes.js';
import { currentStage } from './stage.js';

/**
 * Small helpers the build-failure rules share, so each rule stays about its own evidence.
 */

/** A fact's line as evidence. */
export function lineOf(fact: Fact, note?: string): Evidence {
  return { line: fact.line.number, text: fact.line.text, ...(note !== undefined ? { note } : {}) };
}

/** The stage the build is in now and the side the cause belongs to, for a finding's `stage`/`side`. */
export function placeOf(env: Readonly<BuildEnvironment>, cause: string): { stage?: string; side: FaultSide } {
  const stage = currentStage(env);
  return { ...(stage !== undefined ? { stage } : {}), side: CAUSES.get(cause)?.side ?? 'package' };
}

/** The builder the log comes from, to word a remediation. */
export function builderOf(env: Readonly<BuildEnvironment>): 'pbuilder' | 'sbuild' | undefined {
  if (env.sbuild !== undefined) return 'sbuild';
  if (env.pbuilder !== undefined) return 'pbuilder';
  return undefined;
}
