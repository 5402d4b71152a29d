import type { RunReport } from '../report.js';
import type { FormatContext } from './index.js';
import { locate, locateOptions, type LocateOptions } from './locations.js';
import { inert, lineStartSafe } from './sanitize.js';
import { runStream, type ReportStream } from './stream.js';

/**
 * `--format compact`: one line per finding, `path:line[:column]: severity: message [rule]`, the shape
 * compilers print and editors, Emacs' compilation mode and problem matchers read
 * (problem-matchers/logcheck-compact.json). A path from the log that starts with `::` (a runner would
 * read the line as a command) gets `./` in front: the same path, no command.
 */
export function compactStream(context: FormatContext): ReportStream {
  const o: LocateOptions = locateOptions(context);
  return {
    begin: () => '',
    result: (result) => {
      const lines: string[] = [];
      for (const f of result.findings) {
        const at = locate(f, o);
        let file = inert(at.path);
        if (file.trimStart().startsWith('::')) file = `./${file.trimStart()}`;
        const column = at.column !== undefined ? `:${at.column}` : '';
        lines.push(`${lineStartSafe(file)}:${at.line}${column}: ${f.severity}: ${inert(f.message)} [${f.ruleId}]`);
      }
      return lines.length ? `${lines.join('\n')}\n` : '';
    },
    end: () => '',
  };
}

export function formatCompact(report: RunReport, context: FormatContext): string {
  return runStream(compactStream(context), report);
}
