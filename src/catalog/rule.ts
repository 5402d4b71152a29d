import type { Rule } from '../rule.js';
import type { CatalogEntry } from './schema.js';
import { andList, fill, fillRemediation, orList } from './template.js';
import { currentStage } from '../stage.js';
import { resolvePackages, type Resolved } from './packages.js';

/**
 * The rule behind one catalog entry: it receives the entry's matches from the catalog parser and
 * reports them, once per distinct set of captures (a parallel build prints the same missing header
 * many times), with the fix filled from the captures and the package index.
 */
export function catalogRule(entry: CatalogEntry): Rule {
  const kind = `catalog:${entry.id}` as const;
  const example = entry.examples[0]?.lines;
  return {
    meta: {
      id: entry.id,
      title: entry.title,
      severity: entry.severity ?? 'error',
      cause: entry.cause,
      tags: [...new Set([entry.family, ...(entry.tags ?? [])])],
      family: entry.family,
      docs: { ...entry.docs, ...(example !== undefined ? { example } : {}) },
    },
    create(context) {
      const seen = new Set<string>();
      return {
        [kind](fact: { captures: Readonly<Record<string, string>>; lines: readonly { line: number; text: string; note: string }[]; at: number }) {
          const key = JSON.stringify(fact.captures);
          if (seen.has(key)) return;
          seen.add(key);
          const values: Record<string, string | undefined> = { ...fact.captures };
          let packages: Resolved | undefined;
          if (entry.lookup !== undefined) {
            const name = fill(entry.lookup.name, fact.captures);
            // `Could NOT find KF5 (missing: Plasma Wayland)`: the component packages.
            const componentText = entry.lookup.components !== undefined ? fill(entry.lookup.components, fact.captures) : fact.captures.components;
            const components = componentText?.split(/[\s,]+/).filter(Boolean);
            packages = resolvePackages(entry.lookup.kind, name, components);
            // A near answer only where the entry says how to present it; one per component likewise.
            if (packages?.near !== undefined && entry.fixNear === undefined) packages = undefined;
            if (packages?.each === true && entry.fixEach === undefined) packages = resolvePackages(entry.lookup.kind, name);
            if (packages !== undefined && packages.packages.length > 0) {
              values.package = packages.packages[0];
              values.packages = packages.each === true ? andList(packages.packages) : orList(packages.packages);
              values.suite = packages.suite;
              if (packages.near !== undefined) values.near = packages.near;
            } else {
              packages = undefined;
            }
          }
          const fix = packages === undefined
            ? entry.fixUnresolved ?? entry.fix
            : packages.near !== undefined ? entry.fixNear! : packages.each === true ? entry.fixEach! : entry.fix;
          const message = fill(entry.message, values);
          const stage = entry.stage ?? currentStage(context.env);
          const at = entry.location !== undefined ? { path: fill(entry.location.file, values), line: Number(fill(entry.location.line, values)), column: entry.location.column !== undefined ? Number(fill(entry.location.column, values)) : undefined } : undefined;
          const location = at !== undefined && at.path !== '?' && Number.isInteger(at.line) && at.line > 0
            ? { path: at.path, line: at.line, ...(at.column !== undefined && Number.isInteger(at.column) ? { column: at.column } : {}) }
            : undefined;
          context.report({
            message,
            evidence: fact.lines,
            line: fact.at,
            remediation: fillRemediation(fix, values),
            ...(location !== undefined ? { location } : {}),
            ...(stage !== undefined ? { stage } : {}),
            side: entry.side,
            data: {
              catalogId: entry.id,
              family: entry.family,
              captures: { ...fact.captures },
              ...(packages !== undefined ? { packages: [...packages.packages], suite: packages.suite, ...(packages.near !== undefined ? { near: packages.near } : {}) } : {}),
              headline: fill(entry.headline ?? entry.message, values),
            },
          });
        },
      } as ReturnType<Rule['create']>;
    },
  };
}
