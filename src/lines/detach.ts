/**
 * A copy of a string cut from a log line that shares no memory with it. V8 keeps a substring as a
 * view into its parent, and a line's parent is a whole decoded read chunk (64 KiB of text), so state
 * that outlives the line (a directory stack, a remembered path) must hold copies, or every entry
 * pins a chunk.
 */
export function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
