/**
 * Builds docs/rules.md from rule metadata (as markdownlint does), so the docs cannot drift from the
 * code: `npm run docs` writes it, and a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { codeRules } from '../src/rules/index.js';
import { catalogRules } from '../src/rules/catalog/index.js';
import type { Rule } from '../src/rule.js';
import { causeTitle } from '../src/causes.js';

function row({ meta }: Rule): string {
  return `| [${meta.id}](#${meta.id}) | ${meta.severity} | ${meta.cause} | ${meta.title.replace(/\|/g, '\\|')} |`;
}

function section({ meta }: Rule, level: string): string[] {
  const out = [
    `${level} ${meta.id}`,
    '',
    `**${meta.title}**: ${meta.severity}; cause \`${meta.cause}\` (${causeTitle(meta.cause)}); tags: ${meta.tags.join(', ')}.`,
    '',
    meta.docs.description,
    '',
    `**Why it matters.** ${meta.docs.why}`,
    '',
    `**How to fix.** ${meta.docs.fix}`,
    '',
  ];
  if (meta.docs.example?.length) out.push('Example:', '', '```', ...meta.docs.example, '```', '');
  return out;
}

export function renderRuleDocs(): string {
  const families = new Map<string, Rule[]>();
  for (const rule of catalogRules) {
    const family = rule.meta.tags[0]!;
    families.set(family, [...(families.get(family) ?? []), rule]);
  }
  const out: string[] = [
    '# logcheck rules',
    '',
    'Generated from the rules\' metadata by `npm run docs`; `logcheck explain <rule>` prints the same text.',
    '',
    `${codeRules.length} rules written in TypeScript (stateful: contradictions across the log, locks, the first failure) and ${catalogRules.length} catalog entries (one line, or a few, means one cause) in ${families.size} families.`,
    '',
    '## Rules',
    '',
    '| rule | severity | cause | title |',
    '| --- | --- | --- | --- |',
    ...codeRules.map(row),
    '',
  ];
  for (const rule of codeRules) out.push(...section(rule, '###'));
  out.push('## Catalog', '', 'One family a page in `src/rules/catalog/<family>.ts`.', '');
  for (const [family, rules] of [...families].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`### Family: ${family}`, '', '| rule | severity | cause | title |', '| --- | --- | --- | --- |', ...rules.map(row), '');
    for (const rule of rules) out.push(...section(rule, '####'));
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules.md');
  writeFileSync(target, renderRuleDocs());
  process.stdout.write(`wrote ${target}\n`);
}
