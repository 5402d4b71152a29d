#!/usr/bin/env -S node --max-semi-space-size=4
// The small young generation keeps peak memory near 75 MB on any log size, at the same speed (the
// default grows it to 16 MB per semi-space, and the short-lived strings of each line fill it).
import { run } from './run.js';

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
