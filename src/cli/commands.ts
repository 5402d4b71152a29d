import Table from 'cli-table3';
import type { Rule } from '../rule.js';
import { causeTitle } from '../causes.js';

export interface ListOptions {
  /** `text` (default) or `json`. */
  readonly format?: string;
  /** The terminal's width when stdout is a terminal; `undefined` for a pipe or file (no boxes). */
  readonly columns?: number;
}

/**
 * `logcheck rules`: every rule with its severity, cause and title. On a terminal, a table that fits
 * its width (at 80 columns without the cause column: `logcheck explain` names it); into a pipe, one
 * rule per line in aligned plain columns (greppable, no box characters); `-f json` the metadata.
 */
export function listRules(rules: readonly Rule[], o: ListOptions = {}): string {
  if (o.format === 'json') {
    return `${JSON.stringify(rules.map(({ meta }) => ({ ...meta, causeTitle: causeTitle(meta.cause) })), null, 2)}\n`;
  }
  const footer = `${rules.length} rules. \`logcheck explain <rule>\` tells why and how to fix.\n`;
  const idWidth = Math.max(4, ...rules.map((r) => r.meta.id.length));
  const causeWidth = Math.max(5, ...rules.map((r) => r.meta.cause.length));
  if (o.columns === undefined || o.columns <= 0) {
    const lines = [['rule', 'severity', 'cause', 'title'], ...rules.map(({ meta }) => [meta.id, meta.severity, meta.cause, meta.title])]
      .map(([id, sev, cause, title]) => `${id!.padEnd(idWidth)}  ${sev!.padEnd(8)}  ${cause!.padEnd(causeWidth)}  ${title}`.trimEnd());
    return `${lines.join('\n')}\n${footer}`;
  }
  // A table row is │ a │ b │: 3 characters per column plus 1; a column's width counts its padding (2).
  const withCause = o.columns >= idWidth + 10 + causeWidth + 30 + 4 * 3 + 1;
  const fixed = (idWidth + 2) + 10 + (withCause ? causeWidth + 2 : 0);
  const borders = (withCause ? 4 : 3) + 1;
  const titleWidth = Math.max(12, o.columns - fixed - borders);
  const head = withCause ? ['rule', 'severity', 'cause', 'title'] : ['rule', 'severity', 'title'];
  const colWidths = withCause ? [idWidth + 2, 10, causeWidth + 2, titleWidth] : [idWidth + 2, 10, titleWidth];
  const table = new Table({ head, style: { head: [], border: [] }, wordWrap: true, colWidths });
  for (const { meta } of rules) table.push(withCause ? [meta.id, meta.severity, meta.cause, meta.title] : [meta.id, meta.severity, meta.title]);
  return `${table.toString()}\n${footer}`;
}

/** `logcheck explain <id>`: the rule's docs, built from its metadata. */
export function explainRule(rule: Rule): string {
  const { meta } = rule;
  const lines = [
    `${meta.id} (${meta.severity}): ${meta.title}`,
    `cause: ${meta.cause} (${causeTitle(meta.cause)})`,
    `tags: ${meta.tags.join(', ')}`,
    '',
    'What it finds:',
    `  ${meta.docs.description}`,
    '',
    'Why it matters:',
    `  ${meta.docs.why}`,
    '',
    'How to fix:',
    `  ${meta.docs.fix}`,
  ];
  if (meta.docs.example?.length) lines.push('', 'Example log lines:', ...meta.docs.example.map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}
