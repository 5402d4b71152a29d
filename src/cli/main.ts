#!/usr/bin/env node
// Plain `env node`: `env -S` (for `node --max-semi-space-size=4`, 8 MB less peak memory) is missing
// from BusyBox and older coreutils, where the command would not start at all. Set it through
// NODE_OPTIONS=--max-semi-space-size=4 where memory is tight.
// First, for its effect: the young generation is kept small before the other modules load.
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
