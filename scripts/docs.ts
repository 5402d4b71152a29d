/**
 * Builds docs/rules.md from rule metadata (as markdownlint does), so the docs cannot drift from the
 * code: `npm run docs` writes it, and a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { allRules } from '../src/rules/index.js';
import { causeTitle } from '../src/causes.js';

export function renderRuleDocs(): string {
  const out: string[] = [
    '# logcheck rules',
    '',
    'Generated from the rules\' metadata by `npm run docs`; `logcheck explain <rule>` prints the same text.',
    '',
    '| rule | severity | cause | title |',
    '| --- | --- | --- | --- |',
    ...allRules.map(({ meta }) => `| [${meta.id}](#${meta.id}) | ${meta.severity} | ${meta.cause} | ${meta.title.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const { meta } of allRules) {
    out.push(
      `## ${meta.id}`,
      '',
      `**${meta.title}**: ${meta.severity}; cause \`${meta.cause}\` (${causeTitle(meta.cause)}); tags: ${meta.tags.join(', ')}.`,
      '',
      meta.docs.description,
      '',
      `**Why it matters.** ${meta.docs.why}`,
      '',
      `**How to fix.** ${meta.docs.fix}`,
      '',
    );
    if (meta.docs.example?.length) out.push('Example:', '', '```', ...meta.docs.example, '```', '');
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules.md');
  writeFileSync(target, renderRuleDocs());
  process.stdout.write(`wrote ${target}\n`);
}
