import type { Writable } from 'node:stream';

/**
 * stdout (or stderr) as the report goes out on it: a write error is kept, not thrown, so that a full
 * disk (`> /dev/full`) is one line and exit 2, and a reader that went away (`| head`, EPIPE) ends the
 * output quietly while the reports for files are still written.
 */
export class OutputStream {
  error: NodeJS.ErrnoException | undefined;
  private readonly onError = (error: NodeJS.ErrnoException): void => { this.error ??= error; };

  constructor(readonly stream: Writable) {
    stream.on('error', this.onError);
  }

  get closed(): boolean {
    return this.error !== undefined || this.stream.destroyed;
  }

  write(text: string): void {
    if (!this.closed) this.stream.write(text);
  }

  /**
   * Settles when the stream takes more without buffering (a slow reader of 10,000 logs' report holds
   * the run back rather than its memory growing), or broke.
   */
  drained(): Promise<void> {
    if (this.closed || !this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  /** Settles once everything written so far was handed on (or the stream broke). */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.stream.write('', (error) => {
        if (error) this.error ??= error as NodeJS.ErrnoException;
        resolve();
      });
    });
  }

  /** The stream's reader went away (EPIPE): nothing to say about it. */
  get readerGone(): boolean {
    return this.error?.code === 'EPIPE';
  }

  dispose(): void {
    // Keep a listener: an error reported after the run must not become an uncaught exception.
    this.stream.off('error', this.onError);
    this.stream.on('error', () => undefined);
  }
}
