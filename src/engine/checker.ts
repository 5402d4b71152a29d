import type { BuildEnvironment, Fact, FactKind, FactMap } from '../facts.js';
import type { Parser, ParserInstance } from '../parser.js';
import type { Report, Rule, RuleListener } from '../rule.js';
import type { Finding, LogLine } from '../types.js';
import { fingerprintOf } from '../fingerprint.js';
import { Prefilter } from './prefilter.js';
import { ByteMatcher, type ByteLiterals } from './byte-matcher.js';
import { tablesFor } from './scan-tables-file.js';
import type { FindingFilter } from '../suppress.js';
import type { Severity } from '../types.js';
import { OutcomePolicy } from './outcome-policy.js';
import { causeKind } from '../causes.js';
import { describe, planOf, type RulePlan } from './rule-plan.js';

export interface CheckerOptions {
  /** The input label used in findings. */
  readonly source: string;
  readonly rules: readonly Rule[];
  readonly parsers: readonly Parser[];
  /** Called as soon as a rule reports: live output hangs off this. */
  readonly onFinding?: (finding: Finding) => void;
  /** Skip parsers on lines that hold none of their triggers (default true; false is for tests). */
  readonly prefilter?: boolean;
  /** Findings kept per rule for this input; later ones are only counted (default 100). */
  readonly maxFindingsPerRule?: number;
  /** Drops suppressed and known (baseline) findings; each drop is counted in `dropped`. */
  readonly filter?: FindingFilter;
  /** A severity the configuration sets for a rule, over the rule's own. */
  readonly severityOf?: (ruleId: string) => Severity | undefined;
}

export const DEFAULT_MAX_FINDINGS_PER_RULE = 100;

/** How many lines a rule can look back (RuleContext.recentLines). */
export const RECENT_LINES = 32;


type Handler = (fact: Fact) => void;

/**
 * Runs parsers and rules over one input, line by line. Pure and synchronous: it knows nothing of
 * streams, files or output, so the rule tester, the CLI and library users drive it the same way.
 */
export class Checker {
  readonly findings: Finding[] = [];
  readonly env: BuildEnvironment = {};
  /** Skips the gated parsers on lines that hold none of their literals; undefined: every parser sees every line. */
  private readonly prefilter: Prefilter | undefined;
  private readonly parsers: ParserInstance[];
  /** Per rule (list order): its listener, once made (engine/rule-plan.ts says which are made at once). */
  private readonly listeners: (RuleListener | undefined)[];
  /** The made listeners that can be pending (pending or wantsLines): othersPending asks them. */
  private readonly pendingListeners: RuleListener[] = [];
  /** Fact kind → its handlers, gathered the first time a fact of the kind is dispatched. */
  private readonly handlers = new Map<string, Handler[]>();
  private readonly lineHandlers: Handler[];
  private readonly rules: readonly Rule[];
  private readonly plan: RulePlan;
  /** Rules that listen to other rules' findings, with the rule each belongs to (never fed its own). */
  private readonly findingListeners: { rule: Rule; listener: RuleListener }[] = [];
  private readonly seenFingerprints = new Map<string, number>();
  private readonly perRule = new Map<string, number>();
  /** Rule id → findings reported past the limit (counted, not kept). */
  readonly omitted = new Map<string, number>();
  private readonly maxPerRule: number;
  private readonly source: string;
  private readonly onFinding: ((finding: Finding) => void) | undefined;
  private ended = false;
  private readonly filter: FindingFilter | undefined;
  private readonly severityOf: ((ruleId: string) => Severity | undefined) | undefined;
  /** `kind\0ruleId\0reason` → findings dropped so. */
  readonly dropped = new Map<string, number>();
  /** A ring of the last lines, by reference (a line is never copied unless a rule quotes it). */
  private readonly recent: (LogLine | undefined)[] = new Array(RECENT_LINES);
  private recentNext = 0;
  /** Holds failure-cause findings until the log says whether the build failed (see outcome-policy.ts). */
  private readonly outcome: OutcomePolicy;
  /** Set while a byte scanner reads the input: it knows the lines it skipped. */
  private lookBack: (() => readonly LogLine[]) | undefined;
  private readonly busyParsers: ParserInstance[];
  private readonly lineWanters: (() => boolean)[] = [];
  /** False when some rule reads every line and cannot say when it needs them. */
  private readonly rulesLetScan: boolean;
  private readonly parserList: readonly Parser[];

  constructor(options: CheckerOptions) {
    this.source = options.source;
    this.maxPerRule = options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
    this.onFinding = options.onFinding;
    this.filter = options.filter;
    this.severityOf = options.severityOf;
    this.outcome = new OutcomePolicy(this.env, this.findings, (finding) => this.onFinding?.(finding));
    this.rules = options.rules;
    this.plan = planOf(options.rules);
    this.listeners = new Array<RuleListener | undefined>(options.rules.length);
    let lineReaders = 0;
    for (const i of this.plan.eager) {
      const listener = this.make(i);
      if (listener.finding !== undefined) this.findingListeners.push({ rule: options.rules[i]!, listener });
      if (listener.line !== undefined) {
        if (listener.wantsLines !== undefined) this.lineWanters.push(listener.wantsLines);
        else lineReaders++;
      }
    }
    // Only eagerly made rules read lines (a `line` handler makes a rule eager).
    this.lineHandlers = this.handlersOf('line');
    this.rulesLetScan = lineReaders === 0;
    const context = {
      env: this.env,
      emit: <K extends FactKind>(kind: K, line: LogLine, data: FactMap[K]) => this.dispatch(kind, line, data),
      recentLines: () => this.recentLines(),
    };
    this.parserList = options.parsers;
    this.parsers = options.parsers.map((parser) => parser.create(context));
    this.busyParsers = this.parsers.filter((p) => p.busy !== undefined);
    this.prefilter = options.prefilter ?? true ? Prefilter.of(options.parsers) : undefined;
  }

  /** Makes rule i's listener for this input (once). */
  private make(i: number): RuleListener {
    const rule = this.rules[i]!;
    const listener: RuleListener = rule.create({
      source: this.source,
      env: this.env,
      report: (report) => this.report(rule, report),
      recentLines: () => this.recentLines(),
      othersPending: () => this.othersPending(listener),
    });
    // The plan was made from another listener of the rule: this one must handle the same facts.
    const kinds = this.plan.kinds[i]!;
    const shape = describe(listener);
    if (shape.kinds.length !== kinds.size || shape.kinds.some((k) => !kinds.has(k)) || shape.eager !== this.plan.eager.includes(i)) {
      throw new Error(`rule ${rule.meta.id}: create() returned a listener with other handlers than its first one; a rule's handlers must not depend on its input`);
    }
    this.listeners[i] = listener;
    if ((listener.pending ?? listener.wantsLines) !== undefined) this.pendingListeners.push(listener);
    return listener;
  }

  /** The handlers of a fact kind, in plan order, making the rules not made yet. */
  private handlersOf(kind: string): Handler[] {
    let list = this.handlers.get(kind);
    if (list === undefined) {
      list = [];
      for (const i of this.plan.byKind.get(kind) ?? []) {
        const listener = this.listeners[i] ?? this.make(i);
        list.push((listener as Record<string, Handler>)[kind]!);
      }
      this.handlers.set(kind, list);
    }
    return list;
  }

  /**
   * A byte-level matcher of every literal that decides whether anyone needs a line (the parsers', the
   * in-log directives'), or undefined when some parser or rule needs every line (or the prefilter is off).
   * Built once per parser list and kept.
   */
  byteMatcher(): ByteMatcher | undefined {
    if (this.prefilter === undefined || !this.rulesLetScan) return undefined;
    if (this.prefilter.gatedMask !== (1 << this.parsers.length) - 1) return undefined;
    const directives = this.filter?.line !== undefined;
    let cached = MATCHERS.get(this.parserList);
    if (cached === undefined) {
      cached = [undefined, undefined];
      MATCHERS.set(this.parserList, cached);
    }
    const k = directives ? 1 : 0;
    return (cached[k] ??= new ByteMatcher(tablesFor(byteLiteralsOf(this.parserList, directives))));
  }

  /** Whether the line after the current one must be seen whatever it holds (a parser is busy, a rule asked). */
  needsNext(): boolean {
    for (const p of this.busyParsers) if (p.busy!()) return true;
    for (const w of this.lineWanters) if (w()) return true;
    return false;
  }

  /** Used by the byte scanner: the look-back that knows the lines it skipped. */
  setLookBack(recentLines: () => readonly LogLine[]): void {
    this.lookBack = recentLines;
  }

  /** `triggers` false: the line holds none of the parsers' triggers (ScanTarget.line). */
  line(line: LogLine, triggers = true): void {
    this.filter?.line?.(line);
    this.recent[this.recentNext] = line;
    this.recentNext = (this.recentNext + 1) % RECENT_LINES;
    // Parsers run in their registration order either way, so results do not depend on the prefilter.
    const prefilter = this.prefilter;
    if (prefilter === undefined) {
      for (const parser of this.parsers) parser.line(line, triggers);
    } else {
      // A parser runs when it is not gated, when the line holds one of its literals, or while it is busy.
      const run = ~prefilter.gatedMask | prefilter.hits(line.text, triggers);
      for (let i = 0; i < this.parsers.length; i++) {
        const parser = this.parsers[i]!;
        if ((run & (1 << i)) !== 0 || parser.busy?.() === true) parser.line(line, triggers);
      }
    }
    if (this.lineHandlers.length > 0) {
      const fact = { kind: 'line', line } as Fact;
      for (const handler of this.lineHandlers) handler(fact);
    }
    this.outcome.check();
  }

  /** RuleContext.othersPending: a busy parser, or a rule other than `self` pending. */
  private othersPending(self: RuleListener): boolean {
    for (const p of this.busyParsers) if (p.busy!()) return true;
    for (const l of this.pendingListeners) if (l !== self && (l.pending ?? l.wantsLines)!() === true) return true;
    return false;
  }

  recentLines(): readonly LogLine[] {
    if (this.lookBack !== undefined) return this.lookBack();
    const out: LogLine[] = [];
    for (let k = 0; k < RECENT_LINES; k++) {
      const line = this.recent[(this.recentNext + k) % RECENT_LINES];
      if (line !== undefined) out.push(line);
    }
    return out;
  }

  end(): readonly Finding[] {
    if (this.ended) return this.findings;
    this.ended = true;
    for (const parser of this.parsers) parser.end?.();
    // Rules that read findings end last, when every other rule has said all it will say.
    // Rules not made have no end() (engine/rule-plan.ts).
    for (const listener of this.listeners) if (listener !== undefined && listener.finding === undefined) listener.end?.();
    for (const { listener } of this.findingListeners) listener.end?.();
    this.outcome.end();
    return this.findings;
  }

  private dispatch<K extends FactKind>(kind: K, line: LogLine, data: FactMap[K]): void {
    const handlers = this.handlers.get(kind) ?? this.handlersOf(kind);
    if (handlers.length === 0) return;
    // The data object becomes the fact (ParserContext.emit asks for a fresh one): a spread here cost 16%
    // of the time on a trigger-dense log.
    const fact = data as unknown as { kind: K; line: LogLine };
    fact.kind = kind;
    fact.line = line;
    for (const handler of handlers) handler(fact as unknown as Fact);
  }

  private report(rule: Rule, report: Report): void {
    const kept = this.perRule.get(rule.meta.id) ?? 0;
    if (kept >= this.maxPerRule) {
      this.omitted.set(rule.meta.id, (this.omitted.get(rule.meta.id) ?? 0) + 1);
      return;
    }
    this.perRule.set(rule.meta.id, kept + 1);
    // In line order, each line once (the first mention with a note wins).
    const byLine = new Map<number, Report['evidence'][number]>();
    for (const e of report.evidence) {
      const had = byLine.get(e.line);
      if (had === undefined || (had.note === undefined && e.note !== undefined)) byLine.set(e.line, e);
    }
    const evidence = [...byLine.values()].sort((a, b) => a.line - b.line);
    const line = report.line ?? evidence[0]?.line ?? 0;
    const endLine = report.endLine ?? (evidence.length > 1 ? evidence[evidence.length - 1]!.line : undefined);
    const base = fingerprintOf(rule.meta.id, this.source, evidence.map((e) => e.text));
    const seen = (this.seenFingerprints.get(base) ?? 0) + 1;
    this.seenFingerprints.set(base, seen);
    const finding: Finding = {
      ruleId: rule.meta.id,
      severity: this.severityOf?.(rule.meta.id) ?? report.severity ?? rule.meta.severity,
      message: report.message,
      cause: report.cause ?? rule.meta.cause,
      source: this.source,
      line,
      ...(endLine !== undefined && endLine !== line ? { endLine } : {}),
      ...(report.location ? { location: report.location } : {}),
      evidence,
      ...(report.remediation ? { remediation: report.remediation } : {}),
      ...(report.stage ? { stage: report.stage } : {}),
      ...(report.side ? { side: report.side } : {}),
      ...(report.data ? { data: report.data } : {}),
      fingerprint: seen === 1 ? base : `${base}:${seen}`,
    };
    const dropped = this.filter?.drop(finding);
    if (dropped !== undefined) {
      const key = `${dropped.kind}\0${finding.ruleId}\0${dropped.reason}`;
      this.dropped.set(key, (this.dropped.get(key) ?? 0) + 1);
      this.perRule.set(rule.meta.id, kept);
      return;
    }
    // Copy: strings cut from a line are slices of a whole read chunk, and a kept finding would pin it.
    const detached = structuredClone(finding);
    this.findings.push(detached);
    this.outcome.add(this.findings.length - 1, rule.meta.kind ?? causeKind(detached.cause));
    for (const { rule: listening, listener } of this.findingListeners) if (listening !== rule) listener.finding!(detached);
  }
}

const MATCHERS = new WeakMap<readonly Parser[], [ByteMatcher | undefined, ByteMatcher | undefined]>();

/** The literals of the byte matcher of these parsers; with in-log directives (`logcheck: ...` lines) read or not. */
export function byteLiteralsOf(parsers: readonly Parser[], directives: boolean): ByteLiterals {
  return {
    prefixes: [...parsers.flatMap((p) => p.prefixes ?? []), ...(directives ? ['logcheck: '] : [])],
    suffixes: parsers.flatMap((p) => p.suffixes ?? []),
    anywhere: parsers.flatMap((p) => p.triggers ?? []),
  };
}
