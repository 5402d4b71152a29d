import { readFileSync } from 'node:fs';

/** The package version, read once from package.json (two levels above dist/src/). */
export const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();

/** package.json's `homepage`, when it has one: SARIF's `informationUri`. */
export const HOMEPAGE: string | undefined = (() => {
  try {
    const home = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage?: unknown }).homepage;
    return typeof home === 'string' && /^https?:\/\//.test(home) ? home : undefined;
  } catch {
    return undefined;
  }
})();
