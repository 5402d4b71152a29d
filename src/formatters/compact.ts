import type { RunReport } from '../report.js';
import type { FormatContext } from './index.js';
import { locate, locateOptions, type LocateOptions } from './locations.js';
import { inert, lineStartSafe } from './sanitize.js';

/**
 * `--format compact`: one line per finding, `path:line[:column]: severity: message [rule]`, the shape
 * compilers print and editors, Emacs' compilation mode and problem matchers read
 * (problem-matchers/logcheck-compact.json). A path from the log that starts with `::` (a runner would
 * read the line as a command) gets `./` in front: the same path, no command.
 */
export function formatCompact(report: RunReport, context: FormatContext): string {
  const o: LocateOptions = locateOptions(context);
  const lines: string[] = [];
  for (const f of report.results.flatMap((r) => r.findings)) {
    const at = locate(f, o);
    let file = inert(at.path);
    if (file.trimStart().startsWith('::')) file = `./${file.trimStart()}`;
    const column = at.column !== undefined ? `:${at.column}` : '';
    lines.push(`${lineStartSafe(file)}:${at.line}${column}: ${f.severity}: ${inert(f.message)} [${f.ruleId}]`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
