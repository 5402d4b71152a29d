#!/usr/bin/env node
// Plain `env node`: `env -S` (for `node --max-semi-space-size=4`, 8 MB less peak memory) is missing
// from BusyBox and older coreutils, where the command would not start at all. Set it through
// NODE_OPTIONS=--max-semi-space-size=4 where memory is tight.
import { run } from './run.js';

// A closed pipe (`logcheck build.log | head`) is a normal end, as in ripgrep: no message, no stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
