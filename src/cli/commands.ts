import Table from 'cli-table3';
import type { Rule } from '../rule.js';
import { causeTitle } from '../causes.js';

/** `logcheck rules`: every rule with its severity, cause and title. */
export function listRules(rules: readonly Rule[]): string {
  const table = new Table({ head: ['rule', 'severity', 'cause', 'title'], style: { head: [], border: [] }, wordWrap: true, colWidths: [34, 10, 22, 50] });
  for (const { meta } of rules) table.push([meta.id, meta.severity, meta.cause, meta.title]);
  return `${table.toString()}\n${rules.length} rules. \`logcheck explain <rule>\` tells why and how to fix.\n`;
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
