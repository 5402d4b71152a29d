/**
 * Prints how logcheck does on buildlog-consultant's test cases: per bc problem kind, hits and misses,
 * and every miss with its lines and what logcheck found at which line.
 *
 * Run:  npm run build && node dist/scripts/bc-harness.js [--no-misses] [--kind=missing-c-header] [--json]
 * The cases come from test/buildlog-consultant/cases.json (scripts/extract-bc-cases.ts).
 */
import { formatReport, loadCases, scoreAll } from '../test/helpers/bc-cases.js';

const args = process.argv.slice(2);
const kind = args.find((a) => a.startsWith('--kind='))?.slice('--kind='.length);
const file = loadCases();
const cases = kind === undefined ? file.cases : file.cases.filter((c) => c.kind === kind);
const score = await scoreAll(cases);
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(score.results.map((r) => ({
    id: r.c.id, expect: r.c.expect, kind: r.c.kind, verdict: r.verdict, packageNamed: r.packageNamed,
    findings: r.findings.map((f) => ({ ruleId: f.ruleId, catalogId: f.data?.['catalogId'], severity: f.severity, line: f.line })),
  })), null, 1)}\n`);
} else {
  process.stdout.write(`source: ${file.source.repo} @ ${file.source.commit}\n`);
  process.stdout.write(`${formatReport(score, { misses: !args.includes('--no-misses') })}\n`);
}
