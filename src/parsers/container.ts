import type { Parser } from '../parser.js';
import { stripCiTimestamp, stripEscapes } from '../lines/normalize.js';

/**
 * Signs that a log comes from a container build, not from pbuilder or sbuild: Docker BuildKit's plain
 * progress output prefixes every line of a step with the step number and the seconds since it began
 * (the line normalizer removes that prefix, so this parser reads the raw line), and names each step
 * (`#6 [2/4] RUN ./configure`); the classic builder prints `Step 3/7 : RUN ./configure`. Inside a
 * container /dev/shm is Docker's own 64 MiB tmpfs (`--shm-size`, `--ipc`), so the shm fix differs.
 */

declare module '../facts.js' {
  interface BuildEnvironment {
    container?: { readonly engine: 'buildkit' | 'docker'; readonly line: number; readonly text: string };
  }
}

//   #6 20.55 checking whether POSIX semaphores are enabled... yes      (BuildKit --progress=plain)
const BUILDKIT_LINE = /^#\d+ \d+\.\d+ /;
//   #6 [2/4] RUN ./configure --prefix=/usr        #1 [internal] load build definition from Dockerfile
// (bounded: a stage name cannot trade digits with the step number on a long adversarial line)
const BUILDKIT_STEP = /^#\d{1,6} \[(?:internal|(?:[\w.-]{1,64} )?\d{1,6}\/\d{1,6})\] /;
//   Step 3/7 : RUN ./configure
const DOCKER_STEP = /^Step \d+\/\d+ : [A-Z]+ /;

export const containerParser: Parser = {
  name: 'container',
  // Gated on the step lines, which the normalizer leaves alone and which BuildKit and the classic builder
  // print before each step's output: `#6 [2/4] RUN ...`, `Step 3/7 : RUN ...`. The time-prefixed output
  // lines (`#6 20.55 ...`) reach this parser only when another literal of theirs wakes it.
  prefixes: ['#', 'Step '],
  emits: [],
  create({ env }) {
    return {
      line(line) {
        if (env.container !== undefined) return;
        let raw = line.raw;
        // The normalizer removed the prefix from `text`; a coloured or timestamped raw line hides it.
        if (raw.charCodeAt(0) !== 35 && raw.length !== line.text.length) raw = stripCiTimestamp(stripEscapes(raw));
        const c = raw.charCodeAt(0);
        if (c === 35 /* # */ && (BUILDKIT_LINE.test(raw) || BUILDKIT_STEP.test(raw))) {
          env.container = { engine: 'buildkit', line: line.number, text: raw };
        } else if (c === 83 /* S */ && raw.startsWith('Step ') && DOCKER_STEP.test(raw)) {
          env.container = { engine: 'docker', line: line.number, text: line.text };
        }
      },
    };
  },
};
