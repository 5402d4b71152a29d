import type { Rule, RuleContext, RuleListener } from '../rule.js';

/**
 * Which rules a Checker makes at once, and which only when a fact they handle first comes.
 *
 * A Checker used to call every rule's `create()` for every log: 309 listeners, their contexts, closures
 * and catalog `seen` sets, about 300 KB of objects per log, though a log wakes a handful of rules. Over
 * 10,000 small logs in one run that was most of the CPU time of the small ones and most of what V8
 * promoted to the old generation (its heap grew to 150 MB before a full collection; issue 13).
 *
 * A rule that only handles facts is made the first time one of its facts is dispatched: nothing it does
 * can differ, because `create()` reads nothing from its context (test/engine/rule-plan.test.ts proves
 * it of every rule) and its handlers run in the same order. A rule that reads lines, findings or its
 * `end()`, or says it is pending, is made with the Checker as before: its `end()` may report what it
 * never saw (an absence), and othersPending asks it.
 */
export interface RulePlan {
  /** The rules made with every Checker, by index into the rule list, in list order. */
  readonly eager: readonly number[];
  /** Fact kind → the indices of the rules that handle it, in the order they handle it. */
  readonly byKind: ReadonlyMap<string, readonly number[]>;
  /** Per rule, the fact kinds its listener handles (a listener made later must have no other). */
  readonly kinds: readonly ReadonlySet<string>[];
}

/** Listener keys that are not fact kinds; a listener with any of them is made eagerly. */
const SPECIAL = new Set(['end', 'finding', 'line', 'wantsLines', 'pending']);
const NOT_HANDLERS = new Set(['end', 'finding', 'wantsLines', 'pending']);

interface Shape {
  /** Its handler keys, in the listener's own order (as Object.entries gives them). */
  readonly kinds: readonly string[];
  readonly eager: boolean;
  readonly findings: boolean;
}

const SHAPES = new WeakMap<Rule, Shape>();
const PLANS = new WeakMap<readonly Rule[], RulePlan>();

/** A context for finding out what a listener handles: create() reads nothing from it (see above). */
const PROBE: RuleContext = {
  source: '',
  env: {},
  report: () => undefined,
  recentLines: () => [],
  othersPending: () => false,
};

/** What a rule's listener handles, found once by making one listener and kept. */
export function shapeOf(rule: Rule): Shape {
  let shape = SHAPES.get(rule);
  if (shape === undefined) {
    shape = describe(rule.create(PROBE));
    SHAPES.set(rule, shape);
  }
  return shape;
}

export function describe(listener: RuleListener): Shape {
  const kinds: string[] = [];
  let eager = false;
  for (const [key, value] of Object.entries(listener)) {
    if (SPECIAL.has(key)) eager = true;
    if (NOT_HANDLERS.has(key) || typeof value !== 'function') continue;
    kinds.push(key);
  }
  return { kinds, eager, findings: listener.finding !== undefined };
}

/** The plan of a rule list, built once per list and kept. */
export function planOf(rules: readonly Rule[]): RulePlan {
  let plan = PLANS.get(rules);
  if (plan === undefined) {
    const shapes = rules.map(shapeOf);
    const byKind = new Map<string, number[]>();
    const indices = rules.map((_, i) => i);
    // Rules that read findings handle each fact and line last, when the others have reported on it.
    for (const i of [...indices.filter((i) => !shapes[i]!.findings), ...indices.filter((i) => shapes[i]!.findings)]) {
      for (const kind of shapes[i]!.kinds) {
        const list = byKind.get(kind) ?? [];
        list.push(i);
        byKind.set(kind, list);
      }
    }
    plan = { eager: indices.filter((i) => shapes[i]!.eager), byKind, kinds: shapes.map((s) => new Set(s.kinds)) };
    PLANS.set(rules, plan);
  }
  return plan;
}
