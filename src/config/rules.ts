import micromatch from 'micromatch';
import type { Rule } from '../rule.js';
import type { Severity } from '../types.js';
import type { RuleSetting } from './types.js';

/** Whether a `rules` key names a rule: its id (or a micromatch pattern of ids), `family:NAME`, `tag:NAME`. */
export function keyMatches(key: string, rule: Rule): boolean {
  const { meta } = rule;
  if (key.startsWith('family:')) return meta.family !== undefined && micromatch.isMatch(meta.family, key.slice(7));
  if (key.startsWith('tag:')) return micromatch.some(meta.tags, key.slice(4));
  return micromatch.isMatch(meta.id, key);
}

/**
 * Applies the configuration's `rules`: later keys override earlier ones, as in ESLint's flat config.
 * Returns the rules left on and the severities set for them.
 */
export function applyRuleSettings(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>> | undefined): {
  rules: Rule[];
  severityOf: ((ruleId: string) => Severity | undefined) | undefined;
  unused: string[];
} {
  if (settings === undefined) return { rules: [...rules], severityOf: undefined, unused: [] };
  const severities = new Map<string, Severity>();
  const off = new Set<string>();
  const used = new Set<string>();
  for (const rule of rules) {
    for (const [key, setting] of Object.entries(settings)) {
      if (!keyMatches(key, rule)) continue;
      used.add(key);
      if (setting === 'off') off.add(rule.meta.id);
      else {
        off.delete(rule.meta.id);
        if (setting === 'on') severities.delete(rule.meta.id);
        else severities.set(rule.meta.id, setting);
      }
    }
  }
  return {
    rules: rules.filter((r) => !off.has(r.meta.id)),
    severityOf: severities.size > 0 ? (id) => severities.get(id) : undefined,
    unused: Object.keys(settings).filter((k) => !used.has(k)),
  };
}
