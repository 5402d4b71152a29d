import type { Ora } from 'ora';
import { inert } from '../formatters/sanitize.js';
import type { CliIO } from './run.js';

export interface Progress {
  clear(): void;
  stop(): void;
}

/**
 * An ora spinner on stderr with the share of the file read and the findings so far. Only for a person
 * at a terminal: ora's disabled mode still prints `- text` lines, and a terminal that reports 0 columns
 * makes it loop, so it is not created at all unless stderr is a TTY with columns and CI is unset. It
 * moves because file reads go back to the event loop every 1 MiB. The file name is made inert: it is
 * the user's, and may hold escapes (OSC 52 writes the clipboard), BEL or newlines.
 */
export async function startProgress(io: CliIO, label: string, size: number | undefined, bytesRead: (() => number) | undefined, found: () => number = () => 0, intervalMs = 200): Promise<Progress | undefined> {
  const stderr = io.stderr;
  if (stderr.isTTY !== true || !(stderr.columns !== undefined && stderr.columns > 0) || io.env.CI !== undefined) return undefined;
  // Loaded only for a person at a terminal: ora and its dependencies cost a fifth of a second at start-up.
  const { default: ora } = await import('ora');
  const name = inert(label);
  const text = (): string => {
    const share = size && bytesRead ? ` ${Math.min(100, Math.floor((bytesRead() / size) * 100))}%` : '';
    const n = found();
    return `reading ${name}${share}${n > 0 ? `, ${n} finding${n === 1 ? '' : 's'} so far` : ''}`;
  };
  // ora draws a frame every `interval` ms; a test passes a short one so that it does not depend on
  // how fast the machine reads.
  // isEnabled is decided above from io.env: ora's own test reads process.env.CI, which is not the
  // environment the CLI was given (and is set on the CI machine that runs these tests).
  const spinner: Ora = ora({ text: text(), stream: stderr as NodeJS.WritableStream, discardStdin: false, interval: Math.min(80, intervalMs), isEnabled: true }).start();
  const timer = setInterval(() => { spinner.text = text(); }, intervalMs);
  timer.unref();
  return {
    clear: () => spinner.clear(),
    stop: () => {
      clearInterval(timer);
      spinner.stop();
    },
  };
}
