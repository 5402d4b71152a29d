import path from 'node:path';
import { causeTitle } from '../causes.js';
import type { RunReport } from '../report.js';
import type { RuleMeta } from '../rule.js';
import type { Finding, Severity } from '../types.js';
import type { FormatContext } from './index.js';
import { locate, locateOptions, type CiLocation, type LocateOptions } from './locations.js';
import { ciSafeJson, inert } from './sanitize.js';
import { aroundHole, HOLE, nested } from './json-pieces.js';
import { memorySpool, runStream, type ReportStream, type Spool } from './stream.js';
import { HOMEPAGE, VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

/**
 * A path as a SARIF `uri` reference, each segment percent-encoded so that `#`, `?`, `%` and spaces
 * stay one valid URI reference; a relative one (`file:` only for what must stay absolute).
 */
export function toUri(path_: string): string {
  // inert: no control characters in a path shown by a viewer; lone surrogates cannot be encoded.
  const p = inert(path_).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const encoded = p.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  return path.posix.isAbsolute(p) ? `file://${encoded}` : encoded;
}

/**
 * Base ids for `artifactLocation.uriBaseId`. codeql-action (src/fingerprints.ts, resolveUriToFile)
 * hashes a result's file only when its URI is relative (taken as relative to the checkout) or a
 * `file:` URI under the checkout; GitHub rejects a SARIF file with absolute `file:` URIs outside the
 * checkout unless it knows the checkout path (SARIF multitool rule GH1006 ProvideCheckoutPath).
 * So every location is a relative reference: under `%SRCROOT%` for files in the checkout, under
 * `FILESYSTEMROOT` (`file:///`) for logs elsewhere, under `STDIN` for a piped log.
 */
export const SRCROOT = '%SRCROOT%';
export const FILESYSTEMROOT = 'FILESYSTEMROOT';
export const STDIN = 'STDIN';

interface ArtifactLocation { uri: string; uriBaseId: string }

/** Where a CI location lives for SARIF: in the checkout, elsewhere on disk, or on stdin. */
export function artifactLocation(loc: CiLocation, cwd: string): ArtifactLocation {
  if (loc.inCheckout) return { uri: toUri(loc.path), uriBaseId: SRCROOT };
  if (loc.path.startsWith('<')) return { uri: 'stdin', uriBaseId: STDIN };
  const absolute = path.resolve(cwd, loc.path).replaceAll('\\', '/');
  return { uri: toUri(absolute.replace(/^\/+/, '')), uriBaseId: FILESYSTEMROOT };
}

/** A text for `message.text` in which `[` and `]` are literal (SARIF 2.1.0 §3.11.6: they are escaped with `\`). */
function sarifText(text: string): string {
  return inert(text).replace(/[[\]]/g, (c) => `\\${c}`);
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
    ...(meta.docs.url ? { helpUri: meta.docs.url } : {}),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [...meta.tags], cause: meta.cause, causeTitle: causeTitle(meta.cause), precision: 'high' },
  };
}

function physical(loc: CiLocation, cwd: string) {
  return {
    artifactLocation: artifactLocation(loc, cwd),
    region: {
      startLine: Math.max(1, loc.line),
      ...(loc.endLine !== undefined && loc.endLine > loc.line ? { endLine: loc.endLine } : {}),
      ...(loc.column !== undefined && loc.column > 0 ? { startColumn: loc.column } : {}),
    },
  };
}

/**
 * Our fingerprint as `primaryLocationLineHash` (`<16 hex>:<occurrence>`), only where codeql-action
 * cannot compute one: a log outside the checkout or on stdin. For a file in the checkout it hashes
 * the line itself, and a differing value of ours would make it warn "inconsistent fingerprint" on
 * every result (codeql-action src/fingerprints.ts, locationUpdateCallback). Our own key is always
 * there as `logcheck/v1` (rule, log and normalised evidence text: stable across runs).
 */
function lineHash(fingerprint: string): string {
  const [base, occurrence] = fingerprint.split(':');
  return `${base!.slice(0, 16)}:${occurrence ?? '1'}`;
}

function result(f: Finding, ruleIndex: number, o: LocateOptions) {
  const at = locate(f, o);
  const log = locate({ ...f, location: undefined }, o);
  const fix = f.remediation ? `\nFix: ${sarifText(f.remediation.summary)}${(f.remediation.steps ?? []).map((s) => `\n    ${sarifText(s)}`).join('')}` : '';
  // GitHub shows related locations only when the message links them: [text](id) (SARIF §3.11.6).
  const links = f.evidence.length ? ` (evidence: ${f.evidence.map((e, i) => `[line ${e.line}](${i + 1})`).join(', ')})` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${sarifText(f.message)}${links}${fix}` },
    locations: [{ physicalLocation: physical(at, o.cwd) }],
    relatedLocations: f.evidence.map((e, i) => ({
      id: i + 1,
      physicalLocation: physical({ ...log, line: e.line, endLine: undefined } as CiLocation, o.cwd),
      message: { text: `${inert(e.text)}${e.note ? ` (${inert(e.note)})` : ''}` },
    })),
    partialFingerprints: { ...(at.inCheckout ? {} : { primaryLocationLineHash: lineHash(f.fingerprint) }), 'logcheck/v1': f.fingerprint },
    properties: {
      cause: f.cause,
      causeTitle: causeTitle(f.cause),
      log: `${log.path}:${f.line}`,
      ...(f.stage ? { stage: f.stage } : {}),
      ...(f.side ? { side: f.side } : {}),
    },
  };
}

/**
 * `run.automationDetails.id` from `--sarif-category`. GitHub takes the part before the last `/` as
 * the category, and an id in the file takes precedence over upload-sarif's `category` input
 * (codeql-action src/upload-lib.ts, validateUniqueCategory): like that action, end it in `/`.
 */
function automationId(category: string): string {
  return category.endsWith('/') ? category : `${category}/`;
}

/**
 * `--format sarif`: one SARIF 2.1.0 run; every result has a location; no timestamps, so the same log
 * gives the same file.
 *
 * Written as the run goes: each log's results go to `spool` once it is checked (the CLI's is a
 * temporary file: memory does not grow with the findings), and the document is given at the end, the
 * tool and its rules first as SARIF files are usually laid out. A result's `ruleIndex` points into
 * `tool.driver.rules`, which lists only the rules that reported (with ~300 rules and catalog entries,
 * listing all would make every file hundreds of kB of help text), in the order they first reported.
 */
export function sarifStream(context: FormatContext, spool: Spool = memorySpool()): ReportStream {
  // The checkout is what upload-sarif's checkout_path defaults to: ${{ github.workspace }}.
  const o = locateOptions(context, 'GITHUB_WORKSPACE');
  const known = new Map(context.rules.map((r) => [r.id, r]));
  const index = new Map<string, number>();
  const rules: RuleMeta[] = [];
  let results = 0;
  // Findings past --max-findings-per-rule, counted and not kept: said as tool notifications.
  const notes: { text: string; ruleId: string }[] = [];
  return {
    begin: () => '',
    result: (r) => {
      for (const cap of r.omitted ?? []) notes.push({ ruleId: cap.ruleId, text: `${cap.count} more ${cap.ruleId} finding${cap.count === 1 ? '' : 's'} in ${r.source} not listed (--max-findings-per-rule raises the limit).` });
      for (const f of r.findings) {
        let i = index.get(f.ruleId);
        if (i === undefined) {
          i = rules.length;
          index.set(f.ruleId, i);
          // A finding from a rule the context does not list (library use): described minimally.
          rules.push(known.get(f.ruleId) ?? { id: f.ruleId, title: f.ruleId, severity: f.severity, cause: f.cause, tags: [], docs: { description: f.ruleId, why: '', fix: '' } });
        }
        spool.write(`${results++ === 0 ? '\n' : ',\n'}${nested(result(f, i, o), 4)}`);
      }
      return '';
    },
    end: function* () {
      const run = {
        tool: {
          driver: {
            name: 'logcheck',
            ...(HOMEPAGE ? { informationUri: HOMEPAGE } : {}),
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map(ruleDescriptor),
          },
        },
        // SARIF 2.1.0 §3.20 (invocation), §3.58 (notification): what the run left out, said where viewers
        // show the tool's own messages.
        ...(notes.length > 0 ? {
          invocations: [{
            executionSuccessful: true,
            toolExecutionNotifications: notes.map((n) => ({
              level: 'note',
              message: { text: sarifText(n.text) },
              associatedRule: { id: n.ruleId, ...(index.has(n.ruleId) ? { index: index.get(n.ruleId) } : {}) },
            })),
          }],
        } : {}),
        ...(context.sarifCategory ? { automationDetails: { id: automationId(context.sarifCategory) } } : {}),
        originalUriBaseIds: {
          // No absolute uri: it would tie the file to one machine (and differ on every runner);
          // code scanning and codeql-action read %SRCROOT%-relative URIs against their checkout.
          [SRCROOT]: { description: { text: 'The checkout: $GITHUB_WORKSPACE, else the working directory.' } },
          [FILESYSTEMROOT]: { uri: 'file:///', description: { text: 'Logs outside the checkout, by their absolute path.' } },
          [STDIN]: { description: { text: 'A log read from standard input.' } },
        },
        results: HOLE,
        columnKind: 'utf16CodeUnits',
      };
      const [before, after] = aroundHole(ciSafeJson({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }), 'results');
      yield `${before}"results": [`;
      yield* spool.drain();
      yield `${results > 0 ? '\n      ' : ''}]${after}\n`;
    },
  };
}

export function formatSarif(report: RunReport, context: FormatContext): string {
  return runStream(sarifStream(context), report);
}
