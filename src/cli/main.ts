#!/usr/bin/env node
// Plain `env node` (dist/): `env -S` (to pass node flags) is missing from BusyBox and older coreutils,
// where the command would not start at all. The bundle replaces this line by its shell launcher
// (scripts/bundle.ts). What a flag would do for memory, the first import does from inside: it keeps
// the young generation small before the other modules load (young-generation.ts).
import './young-generation.js';
import { run } from './run.js';
import { inPoolWorker } from './pool.js';

// A worker of --jobs runs no command (in the bundle, the bundle is the worker's code: see pool.ts).
if (!inPoolWorker) {
  // Write errors on stdout and stderr are run()'s to report (a full disk is exit 2, a closed pipe
  // `| head` ends quietly); one that comes after it must not become a stack trace.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    process,
  });
}
