import type { Fact } from '../facts.js';
import type { Evidence } from '../types.js';
import type { RuleListener } from '../rule.js';
import { isLock, parseLock, stampTime } from './fink.js';

const ev = (fact: Fact): Evidence => ({ line: fact.line.number, text: fact.line.text });

/** A lock whose build start is this much older than the current run's is taken as dead (no Fink build runs two days). */
export const DEAD_AFTER_MS = 48 * 3600 * 1000;

/**
 * What the log says about the lock packages so far: which lock is being installed right now (the
 * "window" between `Installing build-lock package...` and its outcome), which locks were set in this
 * log, and which are known to be dead (their fink was interrupted, or could not remove them).
 * Rules feed it the facts they get; it decides nothing by itself.
 */
export class LockTracker {
  /** The lock being installed, from fink's announcement or dpkg's unpack line. */
  window: { lock?: string; evidence: Evidence[]; concurrent: boolean } | undefined;
  private readonly installed = new Map<string, Evidence>();
  private readonly dead = new Map<string, Evidence[]>();
  /** Locks set in this log whose fink was then interrupted; dead unless fink still removes them. */
  private readonly suspects = new Map<string, Evidence[]>();

  /** The handlers every lock rule needs to keep this tracker current; a rule spreads them and adds its own. */
  listeners(): Pick<RuleListener, 'fink.lock-install' | 'fink.lock-unpack' | 'fink.lock-installed' | 'fink.lock-removed' | 'fink.lock-remove' | 'fink.interrupt' | 'fink.lock-left'> {
    return {
      'fink.lock-install': (fact) => this.install(fact),
      'fink.lock-unpack': (fact) => this.unpack(fact),
      'fink.lock-installed': (fact) => this.installedLock(fact),
      'fink.lock-removed': (fact) => this.removed(fact.lock),
      'fink.lock-remove': () => this.removeAnnounced(),
      'fink.interrupt': (fact) => this.interrupt(fact),
      'fink.lock-left': (fact) => this.left(fact),
    };
  }

  install(fact: Fact<'fink.lock-install'>): void {
    this.window = { evidence: [ev(fact)], concurrent: false };
  }

  unpack(fact: Fact<'fink.lock-unpack'>): void {
    this.window ??= { evidence: [], concurrent: false };
    this.window.lock = fact.lock;
    this.window.evidence.push(ev(fact));
  }

  installedLock(fact: Fact<'fink.lock-installed'>): void {
    this.installed.set(fact.lock, ev(fact));
    if (this.window?.lock === fact.lock || this.window?.lock === undefined) this.window = undefined;
  }

  removed(lock: string): void {
    this.installed.delete(lock);
    this.suspects.delete(lock);
  }

  /** `Removing build-lock package...`: fink's normal clean-up of the lock it set last. */
  removeAnnounced(): void {
    this.window = undefined;
    const last = [...this.installed.keys()].pop();
    if (last !== undefined) this.removed(last);
  }

  interrupt(fact: Fact<'fink.interrupt'>): void {
    this.window = undefined;
    for (const [lock, set] of this.installed) this.suspects.set(lock, [set, { ...ev(fact), note: 'the run that set the lock ended here' }]);
  }

  left(fact: Fact<'fink.lock-left'>): void {
    this.dead.set(fact.lock, fact.evidence.map((e, i) => (i === 0 ? { ...e, note: 'fink could not remove its lock' } : e)));
  }

  /** Evidence that `lock` is dead, or undefined when the log does not show it. */
  deadEvidence(lock: string): readonly Evidence[] | undefined {
    return this.dead.get(lock) ?? this.suspects.get(lock);
  }

  /** Locks the log shows left behind by an interrupted run (for the end of the log). */
  leftByInterrupt(): ReadonlyMap<string, readonly Evidence[]> {
    return this.suspects;
  }

  /** Is a relation part of installing a lock (fink's own set-up), rather than a block of another action? */
  static duringLockSetup(fact: Fact<'fink.lock-relation'>): boolean {
    return fact.subject !== undefined && isLock(fact.subject);
  }

  /** How much older the installed old-scheme lock is than the one being installed, in ms. */
  static ageGap(installed: string, incoming: string | undefined): number | undefined {
    if (incoming === undefined) return undefined;
    const a = parseLock(installed).timestamp;
    const b = parseLock(incoming).timestamp;
    if (a === undefined || b === undefined) return undefined;
    const ta = stampTime(a);
    const tb = stampTime(b);
    return ta === undefined || tb === undefined ? undefined : tb - ta;
  }
}
