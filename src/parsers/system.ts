import type { Parser } from '../parser.js';

/**
 * Messages that any program in a build prints when the machine, not the program, says no: errno
 * texts from glibc's strerror (ENOSPC, ENOMEM), the shells' "command not found", resolver failures
 * (glibc's gai_strerror, curl, Node, Go, pip), and the compiler driver's report of a killed cc1plus.
 * Each kind has its own literal gate; lines carry no regex unless a gate matched.
 */

export type SystemErrorKind = 'no-space' | 'out-of-memory' | 'command-not-found' | 'name-resolution' | 'network-unreachable' | 'no-proc' | 'no-devpts';

declare module '../facts.js' {
  interface FactMap {
    'system.error': {
      readonly problem: SystemErrorKind;
      /** The command not found, the host not resolved, the program killed, when the line names it. */
      readonly subject?: string;
      /** The program that printed it (`curl`, `/bin/sh`, `g++`), when the line names it. */
      readonly tool?: string;
    };
  }
}

// /bin/sh: 1: cmake: not found                  (dash)
// /bin/bash: line 1: cmake: command not found   bash: cmake: command not found
// sh: 1: help2man: not found
const NOT_FOUND = /^(\S*?(?:sh|bash|dash|zsh)): (?:(?:line )?\d+: )?([^\s:]+): (?:command )?not found\s*$/;
// make: cmake: No such file or directory        make[1]: cmake: No such file or directory  (make's execvp failure)
const MAKE_EXEC = /^make(?:\[\d+\])?: ([^\s:/]+): No such file or directory\s*$/;
// Can't exec "cmake": No such file or directory at /usr/share/perl5/Debian/Debhelper/Dh_Lib.pm line 518.
const PERL_EXEC = /^Can't exec "([^"]+)": No such file or directory/;
// curl: (6) Could not resolve host: github.com
// fatal: unable to access 'https://github.com/x/y/': Could not resolve host: github.com
// wget: unable to resolve host address 'ftp.gnu.org'
// E: cannot resolve ftp.gnu.org
const RESOLVE_HOST = /(?:resolve host(?: address)?|resolve|resolving)[: ]+[`'"]?([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,})/i;
// npm ERR! request to https://registry.npmjs.org/x failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org
// Error: getaddrinfo EAI_AGAIN registry.yarnpkg.com
const GETADDRINFO = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/;
// dial tcp: lookup proxy.golang.org on [::1]:53: read udp ...: connection refused
const GO_LOOKUP = /dial tcp: lookup (\S+?)(?: on |: )/;
// urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>
// socket.gaierror: [Errno -2] Name or service not known
//   getent hosts ftp.gnu.org || (echo "E: cannot resolve ftp.gnu.org" >&2; exit 2)
const ECHO = /\b(?:echo|printf)\s/;
const FAILURE_WORD = /(?:\bnot\b|[Uu]nable to|[Cc]ould not|[Cc]annot|[Cc]ouldn't|[Ff]ailure|[Ff]ailed)/;
const TOOL = /^([\w.-]+?)(?:\[\d+\])?: /;

/**
 * What programs print when /proc or /dev/pts is not mounted:
 *   Error: /proc must be mounted                                   (procps)
 *   FileNotFoundError: [Errno 2] No such file or directory: '/proc/self/fd'   (python)
 *   E: Can not write log (Is /dev/pts mounted?) - posix_openpt (19: No such device)   (apt)
 *   openpty failed / out of pty devices                            (script, expect)
 */
const MISSING_MOUNT: readonly (readonly [string, 'no-proc' | 'no-devpts'])[] = [
  ['/proc must be mounted', 'no-proc'], ['/proc is not mounted', 'no-proc'], ["'/proc/self", 'no-proc'],
  ['cannot open /proc/', 'no-proc'], ['Cannot open /proc/', 'no-proc'], ["can't open /proc/", 'no-proc'],
  ['(Is /dev/pts mounted?)', 'no-devpts'], ['openpty failed', 'no-devpts'], ['out of pty devices', 'no-devpts'], ['posix_openpt', 'no-devpts'],
];

function tool(text: string): string | undefined {
  const name = TOOL.exec(text)?.[1];
  // `E: Write error - write (28: No space left on device)`: apt's level letter, not a program.
  return name !== undefined && name.length > 1 ? name : undefined;
}

export const systemParser: Parser = {
  name: 'system',
  triggers: [
    'No space left on device', 'No such file or directory', 'emory', 'Killed', 'resol', 'Name or service not known',
    'getaddrinfo E', 'dial tcp: lookup ', 'Network is unreachable', 'Failed to establish a new connection',
    ...MISSING_MOUNT.map(([literal]) => literal),
  ],
  // `/bin/sh: 1: cmake: not found`: only at the end of a line.
  suffixes: ['not found'],
  emits: ['system.error'],
  create({ emit }) {
    return {
      line(line) {
        const text = line.text;
        if (text.length < 12) return;
        for (const [literal, problem] of MISSING_MOUNT) {
          if (text.includes(literal)) {
            emit('system.error', line, { problem });
            return;
          }
        }
        // ENOSPC: "No space left on device" (glibc strerror), in cp, tar, dpkg, gcc, ld, python ...
        if (text.includes('No space left on device')) {
          const t = tool(text);
          emit('system.error', line, { problem: 'no-space', ...(t !== undefined ? { tool: t } : {}) });
          return;
        }
        if (text.includes('not found')) {
          if (!text.endsWith('not found') && !text.endsWith('not found ')) return;
          const m = NOT_FOUND.exec(text);
          // `build-aux/git-version-gen: not found` is a script of the source tree, not a tool to install.
          if (m !== null && !m[2]!.includes('/')) emit('system.error', line, { problem: 'command-not-found', subject: m[2]!, tool: m[1]! });
          return;
        }
        if (text.includes('No such file or directory')) {
          if (text.startsWith('make')) {
            const m = MAKE_EXEC.exec(text);
            if (m !== null) emit('system.error', line, { problem: 'command-not-found', subject: m[1]!, tool: 'make' });
          } else if (text.startsWith('Can\'t exec "')) {
            // Can't exec "cmake": No such file or directory at /usr/share/perl5/Debian/Debhelper/Dh_Lib.pm line 518.
            const m = PERL_EXEC.exec(text);
            if (m !== null && !m[1]!.includes('/')) emit('system.error', line, { problem: 'command-not-found', subject: m[1]!, tool: 'perl' });
          }
          return;
        }
        // g++: fatal error: Killed signal terminated program cc1plus
        // virtual memory exhausted: Cannot allocate memory
        // c++: internal compiler error: Killed (program cc1plus)
        // cc1plus: out of memory allocating 65536 bytes after a total of 1234567 bytes
        // FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory
        if (text.includes('emory') || text.includes('Killed')) {
          let subject: string | undefined;
          const killed = text.indexOf('Killed signal terminated program ');
          if (killed >= 0) subject = text.slice(killed + 33).trim();
          else if (text.includes('internal compiler error: Killed (program ')) subject = text.slice(text.indexOf('(program ') + 9).replace(/\).*$/s, '');
          else if (!text.includes('virtual memory exhausted') && !text.includes(': out of memory allocating')
            && !text.includes('JavaScript heap out of memory') && !text.startsWith('MemoryError')
            && !text.includes('Cannot allocate memory')) return;
          const t = tool(text);
          emit('system.error', line, { problem: 'out-of-memory', ...(subject !== undefined ? { subject } : {}), ...(t !== undefined ? { tool: t } : {}) });
          return;
        }
        if (text.includes('resol') || text.includes('Name or service not known')) {
          // glibc's own texts are conclusive; otherwise a failure word and a host name must both be there
          // (`Unable to resolve dependencies!` is aptitude, not DNS).
          const glibc = text.includes('name resolution') || text.includes('Name or service not known') || text.includes('Temporary failure resolving');
          const hit = RESOLVE_HOST.exec(text);
          const host = hit?.[1];
          if (!glibc && (hit === null || !FAILURE_WORD.test(text))) return;
          // make echoes the recipe before running it: `getent hosts x || (echo "E: cannot resolve x" >&2; exit 2)`
          // is a command, not its failure.
          if (hit !== null && ECHO.test(text.slice(0, hit.index))) return;
          const t = tool(text);
          emit('system.error', line, { problem: 'name-resolution', ...(host !== undefined ? { subject: host } : {}), ...(t !== undefined ? { tool: t } : {}) });
          return;
        }
        if (text.includes('getaddrinfo E') || text.includes('dial tcp: lookup ')) {
          const host = (GETADDRINFO.exec(text) ?? GO_LOOKUP.exec(text))?.[1];
          if (host === undefined) return;
          emit('system.error', line, { problem: 'name-resolution', subject: host, ...(tool(text) !== undefined ? { tool: tool(text)! } : {}) });
          return;
        }
        // pip: Failed to establish a new connection: [Errno 101] Network is unreachable
        if (text.includes('Network is unreachable') || text.includes('Failed to establish a new connection')) {
          const t = tool(text);
          emit('system.error', line, { problem: 'network-unreachable', ...(t !== undefined ? { tool: t } : {}) });
        }
      },
    };
  },
};
