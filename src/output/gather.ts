/**
 * Small texts (one log's part of a report) copied into one reused buffer as they come, written out
 * when it is full: the strings die at once.
 *
 * Gathering the strings themselves until a write (as the spool and `-o FILE` did) kept each one
 * through several young-generation collections of a run over many logs: they were promoted and lay in
 * the old generation until a full collection, which V8 let grow by 40-100 MB over 10,000 small logs
 * (issue 13; --trace-gc-nvp: 0.5 MB promoted per scavenge with them, 0.18 MB without).
 */
export class Gatherer {
  private readonly buffer: Buffer;
  private used = 0;

  constructor(readonly size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  get empty(): boolean {
    return this.used === 0;
  }

  /** Copies `text` in as UTF-8; false (and nothing copied) when it may not fit: take() first, or write it alone. */
  add(text: string): boolean {
    // At most 3 bytes of UTF-8 per UTF-16 code unit (a surrogate pair is 4 bytes for 2 units).
    if (this.used + text.length * 3 > this.size) return false;
    this.used += this.buffer.write(text, this.used, 'utf8');
    return true;
  }

  /** Whether a text this long can ever be added (else it is written on its own). */
  fits(text: string): boolean {
    return text.length * 3 <= this.size;
  }

  /** The bytes gathered, emptied: a view of the buffer, valid until the next add(). */
  take(): Buffer {
    const bytes = this.buffer.subarray(0, this.used);
    this.used = 0;
    return bytes;
  }
}
