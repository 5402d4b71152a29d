/**
 * The phrases several build-failure parsers look for anywhere in a line (system errors, compiler and
 * linker errors, test results, configure dependencies). They are those parsers' `triggers`: the engine
 * tests every parser's triggers in one pass per line. A parser whose phrase is missing here never sees
 * its line, so add a phrase here when a parser starts to look for it.
 */
export const PHRASES: readonly string[] = [
  'No space left on device', 'not found', 'No such file or directory', 'emory', 'Killed', 'resol',
  'Name or service not known', 'getaddrinfo E', 'dial tcp: lookup ', 'Network is unreachable',
  'Failed to establish a new connection', 'error: ', 'cannot find -l', 'undefined reference to ',
  '--- FAIL: ', 'failed out of', 'Could NOT find ', 'Could not find a package configuration file', 'ERROR: Dependency ',
];
