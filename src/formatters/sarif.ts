import path from 'node:path';
import { causeTitle } from '../causes.js';
import type { RunReport } from '../report.js';
import type { RuleMeta } from '../rule.js';
import type { Finding, Severity } from '../types.js';
import type { FormatContext } from './index.js';
import { locate, type CiLocation, type LocateOptions } from './locations.js';
import { ciSafeJson, inert } from './sanitize.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

/**
 * A path as a SARIF `uri`: a relative reference for repository paths (code scanning resolves it
 * against the checkout), a `file:` URI for other absolute paths, each segment percent-encoded so
 * that `#`, `?`, `%`, spaces and `<stdin>` stay one valid URI reference.
 */
export function toUri(path_: string): string {
  // inert: no control characters in a path shown by a viewer; lone surrogates cannot be encoded.
  const p = inert(path_).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const encoded = p.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  return path.posix.isAbsolute(p) ? `file://${encoded}` : encoded;
}

function pascal(id: string): string {
  return id.split(/[^a-zA-Z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function ruleDescriptor(meta: RuleMeta) {
  const example = meta.docs.example?.length ? `\n\nExample log lines:\n\n${meta.docs.example.map((l) => `    ${l}`).join('\n')}` : '';
  return {
    id: meta.id,
    name: pascal(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.docs.description },
    help: {
      text: `${meta.docs.description}\n\nWhy it matters: ${meta.docs.why}\n\nHow to fix: ${meta.docs.fix}${example}`,
      markdown: `${meta.docs.description}\n\n**Why it matters:** ${meta.docs.why}\n\n**How to fix:** ${meta.docs.fix}${example}`,
    },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [...meta.tags], cause: meta.cause, causeTitle: causeTitle(meta.cause), precision: 'high' },
  };
}

function physical(loc: CiLocation) {
  return {
    artifactLocation: { uri: toUri(loc.path) },
    region: {
      startLine: Math.max(1, loc.line),
      ...(loc.endLine !== undefined && loc.endLine > loc.line ? { endLine: loc.endLine } : {}),
      ...(loc.column !== undefined && loc.column > 0 ? { startColumn: loc.column } : {}),
    },
  };
}

/**
 * Our own fingerprint as GitHub's `primaryLocationLineHash` (`<16 hex>:<occurrence>`): upload-sarif
 * computes one only for files in the checkout, and a log usually is not. The finding fingerprint is
 * made from the rule, the input and the evidence text, not line numbers, so it is stable across runs.
 */
function lineHash(fingerprint: string): string {
  const [base, occurrence] = fingerprint.split(':');
  return `${base!.slice(0, 16)}:${occurrence ?? '1'}`;
}

function result(f: Finding, ruleIndex: number, o: LocateOptions) {
  const at = locate(f, o);
  const log = locate({ ...f, location: undefined }, o);
  const fix = f.remediation ? `\nFix: ${inert(f.remediation.summary)}${(f.remediation.steps ?? []).map((s) => `\n    ${inert(s)}`).join('')}` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${inert(f.message)}${fix}` },
    locations: [{ physicalLocation: physical(at) }],
    relatedLocations: f.evidence.map((e, i) => ({
      id: i + 1,
      physicalLocation: physical({ ...log, line: e.line, endLine: undefined } as CiLocation),
      message: { text: `${inert(e.text)}${e.note ? ` (${inert(e.note)})` : ''}` },
    })),
    partialFingerprints: { primaryLocationLineHash: lineHash(f.fingerprint), 'logcheck/v1': f.fingerprint },
    properties: {
      cause: f.cause,
      causeTitle: causeTitle(f.cause),
      log: `${log.path}:${f.line}`,
      ...(f.stage ? { stage: f.stage } : {}),
      ...(f.side ? { side: f.side } : {}),
    },
  };
}

/** `--format sarif`: one SARIF 2.1.0 run; every result has a location; no timestamps, so the same log gives the same file. */
export function formatSarif(report: RunReport, context: FormatContext): string {
  const o: LocateOptions = { cwd: context.cwd ?? process.cwd(), pathMaps: context.pathMaps ?? [] };
  const findings = report.results.flatMap((r) => r.findings);
  const rules: RuleMeta[] = [...context.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of findings) {
    if (index.has(f.ruleId)) continue;
    // A finding from a rule the context does not list (library use): describe it minimally.
    index.set(f.ruleId, rules.length);
    rules.push({ id: f.ruleId, title: f.ruleId, severity: f.severity, cause: f.cause, tags: [], docs: { description: f.ruleId, why: '', fix: '' } });
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'logcheck',
          version: VERSION,
          semanticVersion: VERSION,
          rules: rules.map(ruleDescriptor),
        },
      },
      results: findings.map((f) => result(f, index.get(f.ruleId)!, o)),
      columnKind: 'utf16CodeUnits',
    }],
  };
  return `${ciSafeJson(sarif)}\n`;
}
