/** The signals that cut a check short, and the exit status each gives (128 + the signal's number). */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

export interface Interrupts {
  /** Aborted at the first SIGINT (unless ignored) or SIGTERM; its reason is the signal's name. */
  readonly signal: AbortSignal;
  /** The signal that stopped the check, if one did. */
  readonly received: () => StopSignal | undefined;
  readonly dispose: () => void;
}

/**
 * A CI timeout, a cancelled job or Ctrl-C must not lose what was found: the first SIGINT or SIGTERM
 * ends reading, and the report of what was read is still printed and written. A second one ends
 * logcheck at once (the default action). `ignoreInt` is `tee -i`: with --tee, Ctrl-C reaches the whole
 * pipeline, and the build must be able to finish its clean-up (pbuilder unmounts /proc and /dev/pts)
 * with its output still read; logcheck reports when the build closes its end.
 */
export function watchInterrupts(process: NodeJS.Process | undefined, options: { ignoreInt: boolean }): Interrupts {
  const controller = new AbortController();
  let received: StopSignal | undefined;
  const handlers = new Map<StopSignal, () => void>();
  const dispose = (): void => {
    for (const [name, handler] of handlers) process?.off(name, handler);
    handlers.clear();
  };
  if (process !== undefined) {
    for (const name of Object.keys(SIGNAL_EXIT) as StopSignal[]) {
      const handler = (): void => {
        if (name === 'SIGINT' && options.ignoreInt) return;
        if (received !== undefined) {
          // The second one: no more waiting.
          dispose();
          process.kill(process.pid, name);
          return;
        }
        received = name;
        controller.abort(name);
      };
      handlers.set(name, handler);
      process.on(name, handler);
    }
  }
  return { signal: controller.signal, received: () => received, dispose };
}
