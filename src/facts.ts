import type { LogLine } from './types.js';

/**
 * The fact kinds parsers emit and rules subscribe to. Each parser adds its own kinds by declaration
 * merging, next to the code that emits them:
 *
 *   declare module '../facts.js' {
 *     interface FactMap { 'autoconf.check': { subject: string; result: string; cached: boolean } }
 *   }
 *
 * `line` is every line, for the rare rule that needs raw text; prefer a parser's fact.
 */
 
export interface FactMap {
  line: Record<never, never>;
}

export type FactKind = keyof FactMap;

/** A fact: its kind, the line that carries it (the last line, for multi-line facts), and its data. */
export type Fact<K extends FactKind = FactKind> = FactMap[K] & { readonly kind: K; readonly line: LogLine };

/**
 * What the log says about where and how it was built: filled by parsers as they recognise signs
 * (a pbuilder era, the build tool, a resolver), read by rules to choose a remediation. Parsers add
 * their fields by declaration merging, like FactMap.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BuildEnvironment {}
