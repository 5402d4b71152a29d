import { readFileSync } from 'node:fs';

// The single-file bundle (scripts/bundle.ts) defines this: it has no package.json beside it.
declare const LOGCHECK_PACKAGE: { version: string; homepage?: string } | undefined;

function packageJson(): { version?: unknown; homepage?: unknown } {
  if (typeof LOGCHECK_PACKAGE !== 'undefined') return LOGCHECK_PACKAGE;
  try {
    // Two levels above dist/src/.
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  } catch {
    return {};
  }
}

const pkg = packageJson();

/** The package version, read once from package.json. */
export const VERSION: string = typeof pkg.version === 'string' ? pkg.version : '0.0.0';

/** package.json's `homepage`, when it has one: SARIF's `informationUri`. */
export const HOMEPAGE: string | undefined = typeof pkg.homepage === 'string' && /^https?:\/\//.test(pkg.homepage) ? pkg.homepage : undefined;
