import type { LogLine } from '../types.js';

/**
 * One scan per line for the phrases several parsers look for anywhere in a line (system errors,
 * compiler and linker errors, test results, configure dependencies). A single alternation of literals
 * costs about a third of the `includes` calls it replaces (measured on Node 20: 7 ms vs 26 ms for
 * 159,000 lines of test/logs/pbuilder-0.231-build-hello-success.log), and the one-entry memo lets each
 * parser ask without scanning again. No quantifiers: it cannot backtrack. A parser whose phrase is
 * missing here never sees its line, so add a phrase here when a parser starts to look for it.
 */
const PHRASES = /No space left on device|not found|No such file or directory|emory|Killed|resol|Name or service not known|getaddrinfo E|dial tcp: lookup |Network is unreachable|Failed to establish a new connection|error: |cannot find -l|undefined reference to |--- FAIL: |failed out of|Could NOT find |Could not find a package configuration file|ERROR: Dependency /;

let lastLine: LogLine | undefined;
let lastResult = false;

/** True when the line holds one of the phrases; parsers then use their own `includes`. */
export function mayMatter(line: LogLine): boolean {
  if (line !== lastLine) {
    lastLine = line;
    lastResult = PHRASES.test(line.text);
  }
  return lastResult;
}
