import type { LogLine } from './types.js';
import type { BuildEnvironment, FactKind, FactMap } from './facts.js';

export interface ParserContext {
  /**
   * Emit a fact carried by `line` (for a multi-line fact, the line that completed it). `data` becomes
   * the fact (it is given `kind` and `line`): pass a fresh object, never one you keep or emit twice.
   */
  emit<K extends FactKind>(kind: K, line: LogLine, data: FactMap[K]): void;
  /** What the log says about its environment; a parser records the signs it knows. */
  readonly env: BuildEnvironment;
  /**
   * The last lines of the log (at most 32, oldest first, the current line last), every line whoever
   * read it: look back from a line instead of keeping state on every line (make's last output).
   */
  recentLines(): readonly LogLine[];
}

export interface ParserInstance {
  /**
   * `triggers` false: the engine knows the line holds none of any parser's `triggers` (the byte scanner
   * read it through: engine/scan-lines.ts); true or absent: it may. A parser that searches the line for
   * its own triggers may skip that search on false.
   */
  line(line: LogLine, triggers?: boolean): void;
  /**
   * True while the parser is in the middle of something (a traceback, a two-line message) and must
   * see every line, whatever its triggers say.
   */
  busy?(): boolean;
  /** Flush a fact that waited for a following line. */
  end?(): void;
}

/** A parser knows one tool's output format. It never decides what is wrong. */
export interface Parser {
  readonly name: string;
  /** The fact kinds it can emit (documentation). */
  readonly emits: readonly FactKind[];
  /**
   * The literals of the lines it acts on (when not busy): every such line holds one of its `triggers`
   * anywhere, starts with one of its `prefixes` or ends with one of its `suffixes`. The engine then
   * runs it only on those lines (see engine/prefilter.ts). Declare none to see every line.
   */
  readonly triggers?: readonly string[];
  /** Literals a line starts with, after its leading spaces and tabs (tested with startsWith: cheaper). */
  readonly prefixes?: readonly string[];
  /** Literals a line ends with, before its trailing white space (tested with endsWith). */
  readonly suffixes?: readonly string[];
  create(context: ParserContext): ParserInstance;
}
