import ora, { type Ora } from 'ora';
import type { CliIO } from './run.js';

export interface Progress {
  clear(): void;
  stop(): void;
}

/**
 * An ora spinner on stderr with the share of the file read. Only for a person at a terminal: ora's
 * disabled mode still prints `- text` lines, and a terminal that reports 0 columns makes it loop, so
 * it is not created at all unless stderr is a TTY with columns and CI is unset.
 */
export function startProgress(io: CliIO, label: string, size: number | undefined, bytesRead: (() => number) | undefined): Progress | undefined {
  const stderr = io.stderr;
  if (stderr.isTTY !== true || !(stderr.columns !== undefined && stderr.columns > 0) || io.env.CI !== undefined) return undefined;
  const spinner: Ora = ora({ text: `reading ${label}`, stream: stderr as NodeJS.WritableStream, discardStdin: false }).start();
  const timer = setInterval(() => {
    if (size && bytesRead) spinner.text = `reading ${label} ${Math.min(100, Math.floor((bytesRead() / size) * 100))}%`;
  }, 200);
  timer.unref();
  return {
    clear: () => spinner.clear(),
    stop: () => {
      clearInterval(timer);
      spinner.stop();
    },
  };
}
