import type { Parser } from '../parser.js';
import type { Evidence, LogLine } from '../types.js';

export interface PythonFrame {
  readonly file: string;
  readonly lineno: number;
  readonly func: string;
  /** The source line Python printed under the frame, trimmed (may be empty). */
  readonly code: string;
  /** Log line of the `File "..."` line. */
  readonly line: number;
}

declare module '../facts.js' {
  interface FactMap {
    /** An exception Python printed, with its traceback when there was one. Emitted when complete. */
    'python.exception': {
      /** `ImportError`, `FileNotFoundError`, `OSError`, `multiprocessing.context.AuthenticationError` ... */
      readonly type: string;
      /** The message, continuation lines joined with a space. */
      readonly message: string;
      /** Log line of `Traceback (most recent call last):`, when there was one. */
      readonly tracebackLine?: number;
      readonly frames: readonly PythonFrame[];
      /** The exception line and its continuation lines. */
      readonly messageLines: readonly Evidence[];
    };
  }
}

//     sl = self._semlock = _multiprocessing.SemLock(      (a frame's source line: indented by four)
const CODE_LINE = /^\s{3,}\S/;
// Traceback (most recent call last):
const TRACEBACK = 'Traceback (most recent call last):';
//   File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__
// `(.*\S)\s*$`, not `(.+?)\s*$`: the lazy form retried at every space of a long run (quadratic).
const FRAME = /^\s*File "([^"]*)", line (\d+), in (.*\S)\s*$/s;
// ImportError: This platform lacks a functioning sem_open implementation, therefore, ...
// FileNotFoundError: [Errno 2] No such file or directory
// multiprocessing.context.AuthenticationError: digest sent was rejected
// `[\w.]*\.` instead of a repeated `(?:\w*\.)*`: no nested quantifier, the same dotted names.
const EXCEPTION = /^((?:[A-Za-z_][\w.]*\.)?[A-Z]\w*)(?:: (.*))?$/s;
// Outside a traceback only names that look like exceptions count:  OSError: [Errno 38] Function not implemented
const LONE_EXCEPTION = /^((?:[A-Za-z_][\w.]*\.)?[A-Z]\w*(?:Error|Exception)): (.+)$/s;
//   ^^^^^^^^^^^^^^^^^^^^^^^^^          ~~~~~^^^^^
const CARETS = /^\s*[~^]+\s*$/;

/** How many lines a message may continue over (some Python forks wrap the sem_open text over three). */
const MAX_CONTINUATION = 3;

interface Pending {
  type: string;
  message: string;
  tracebackLine?: number;
  frames: PythonFrame[];
  messageLines: Evidence[];
  last: LogLine;
}

/**
 * A message that stops mid-sentence continues on the next line. Some Python forks wrap the sem_open text:
 *   ImportError: This platform lacks a functioning sem_open implementation, therefore, the required
 *   synchronization primitives needed will not
 *   function, see issue 3770.
 * Only a trailing comma or a word that cannot end a sentence counts, so that
 * `FileNotFoundError: [Errno 2] No such file or directory` is complete.
 */
const DANGLING = /(?:,|\b(?:a|an|the|and|or|not|will|to|of|for|with|be|is|are|required|therefore|needed))$/;
function unfinished(message: string): boolean {
  return DANGLING.test(message.trimEnd());
}

export const pythonParser: Parser = {
  name: 'python',
  emits: ['python.exception'],
  prefixes: ['Traceback'],
  triggers: ['rror: ', 'xception: '],
  create({ emit }) {
    let tracebackLine: number | undefined;
    let frames: PythonFrame[] = [];
    let frameAwaitingCode: Omit<PythonFrame, 'code'> | undefined;
    let pending: Pending | undefined;

    const flush = (): void => {
      if (pending === undefined) return;
      const p = pending;
      pending = undefined;
      emit('python.exception', p.last, {
        type: p.type,
        message: p.message,
        ...(p.tracebackLine !== undefined ? { tracebackLine: p.tracebackLine } : {}),
        frames: p.frames,
        messageLines: p.messageLines,
      });
    };

    const startException = (line: LogLine, type: string, message: string): void => {
      pending = {
        type,
        message,
        ...(tracebackLine !== undefined ? { tracebackLine } : {}),
        frames,
        messageLines: [{ line: line.number, text: line.text }],
        last: line,
      };
      tracebackLine = undefined;
      frames = [];
      frameAwaitingCode = undefined;
      if (!unfinished(message)) flush();
    };

    return {
      busy: () => tracebackLine !== undefined || pending !== undefined,
      line(line) {
        const text = line.text;
        if (pending !== undefined) {
          const trimmed = text.trim();
          // A continuation starts with a lower-case word and is not another traceback or frame.
          if (pending.messageLines.length <= MAX_CONTINUATION && /^[a-z]/.test(trimmed) && !trimmed.includes('Traceback')) {
            pending.message += ` ${trimmed}`;
            pending.messageLines.push({ line: line.number, text });
            pending.last = line;
            if (!unfinished(trimmed) || pending.messageLines.length > MAX_CONTINUATION) flush();
            return;
          }
          flush();
        }
        if (tracebackLine === undefined) {
          let first = 0;
          while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
          if (text.startsWith(TRACEBACK, first)) {
            tracebackLine = line.number;
            frames = [];
            return;
          }
          // Cheap gate before the regex: an exception name starts the line and ends in Error or Exception.
          const c = text.charCodeAt(first);
          const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
          if (letter && (text.includes('rror: ') || text.includes('xception: '))) {
            const m = LONE_EXCEPTION.exec(text.trimStart());
            if (m !== null) startException(line, m[1]!, m[2]!);
          }
          return;
        }
        // Inside a traceback.
        if (text.includes('File "')) {
          const m = FRAME.exec(text);
          if (m !== null) {
            frameAwaitingCode = { file: m[1]!, lineno: Number(m[2]), func: m[3]!, line: line.number };
            frames.push({ ...frameAwaitingCode, code: '' });
            return;
          }
        }
        if (frameAwaitingCode !== undefined && CODE_LINE.test(text)) {
          if (!CARETS.test(text)) {
            frames[frames.length - 1] = { ...frameAwaitingCode, code: text.trim() };
            frameAwaitingCode = undefined;
          }
          return;
        }
        if (CARETS.test(text) || CODE_LINE.test(text)) return;
        const m = EXCEPTION.exec(text.trimEnd());
        if (m !== null) {
          startException(line, m[1]!, m[2] ?? '');
          return;
        }
        // Something else interrupted the traceback (interleaved output): give up on it.
        if (text.trim() !== '') {
          tracebackLine = undefined;
          frames = [];
          frameAwaitingCode = undefined;
        }
      },
      end() {
        flush();
      },
    };
  },
};
