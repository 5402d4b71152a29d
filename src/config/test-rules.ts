import type { CatalogEntry } from '../catalog/schema.js';
import { catalogRule } from '../catalog/rule.js';
import { createCatalogParser } from '../catalog/parser.js';
import { checkText } from '../check.js';
import { allParsers } from '../parsers/index.js';

export interface ExampleOutcome {
  readonly id: string;
  readonly what: string;
  readonly ok: boolean;
  readonly problem?: string;
}

/**
 * Runs users' causes' examples the way our tests run ours: each example must give exactly one finding
 * of its entry, at its line, with its captures; each near miss none. Their patterns run on RE2.
 */
export async function testCauses(entries: readonly CatalogEntry[]): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const entry of entries) {
    const rule = catalogRule(entry);
    const parsers = [...allParsers, createCatalogParser([entry], 'user-causes', 're2', true)];
    const run = async (lines: readonly string[]): Promise<{ line: number; captures: Record<string, string> }[]> => {
      const result = await checkText(`${lines.join('\n')}\n`, { rules: [rule], parsers, source: 'example' });
      return result.findings.map((f) => ({ line: f.line, captures: (f.data?.captures ?? {}) as Record<string, string> }));
    };
    for (const [i, example] of entry.examples.entries()) {
      const what = `example ${i + 1}`;
      const found = await run(example.lines);
      const line = example.line ?? 1;
      let problem: string | undefined;
      if (found.length !== 1) problem = `expected 1 finding, got ${found.length}`;
      else if (found[0]!.line !== line) problem = `expected the finding at line ${line}, got line ${found[0]!.line}`;
      else if (example.captures !== undefined && JSON.stringify(sorted(found[0]!.captures)) !== JSON.stringify(sorted(example.captures))) {
        problem = `captures ${JSON.stringify(found[0]!.captures)}, expected ${JSON.stringify(example.captures)}`;
      }
      outcomes.push({ id: entry.id, what, ok: problem === undefined, ...(problem !== undefined ? { problem } : {}) });
    }
    for (const [i, miss] of entry.nearMisses.entries()) {
      const found = await run(miss.split('\n'));
      outcomes.push({ id: entry.id, what: `near miss ${i + 1}`, ok: found.length === 0, ...(found.length > 0 ? { problem: `matched at line ${found[0]!.line}` } : {}) });
    }
  }
  return outcomes;
}

function sorted(o: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}
