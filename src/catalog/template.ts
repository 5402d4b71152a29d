import type { Remediation } from '../types.js';
import type { RemediationTemplate, Template } from './schema.js';

/** `{{name}}` placeholders; a name is a capture group, or package, packages, suite. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*|\d)\s*\}\}/g;

export function placeholders(template: Template): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Fills a template; an unknown or empty value becomes `?` so a bad template never hides words. */
export function fill(template: Template, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(PLACEHOLDER, (_all, name: string) => values[name] ?? '?');
}

export function fillRemediation(template: RemediationTemplate, values: Readonly<Record<string, string | undefined>>): Remediation {
  return {
    summary: fill(template.summary, values),
    ...(template.steps !== undefined && template.steps.length > 0 ? { steps: template.steps.map((s) => fill(s, values)) } : {}),
  };
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
