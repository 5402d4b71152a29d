import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import type { LoadedConfig, LogcheckConfig } from './types.js';
import { CONFIG_SCHEMA } from './schema.js';

/** A configuration problem, already worded as `FILE:LINE:COL: what is wrong`. Exit 2. */
export class ConfigError extends Error {}

/**
 * The names looked for in each directory, from the working directory up to the root; the first found
 * wins. `debian/logcheck.yaml` is the one a Debian source package can carry (found from the package's
 * top directory).
 */
export const CONFIG_NAMES = ['logcheck.config.json', 'logcheck.config.yaml', '.logcheck.yaml', '.logcheck.yml', '.logcheck.json', 'debian/logcheck.yaml'] as const;

export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * yaml and ajv, loaded only when there is something to read: together they cost about a quarter of a
 * second and 4 MB at start-up, and most runs have no configuration (see loadDataLibraries).
 */
let yamlLib: typeof import('yaml') | undefined;
let AjvClass: (new (o: object) => { compile(s: unknown): Validate }) | undefined;

/** Loads the parsers of configuration and data files; loadConfig does it, other readers call it first. */
export async function loadDataLibraries(): Promise<void> {
  yamlLib ??= await import('yaml');
  if (AjvClass === undefined) {
    // ajv is CommonJS: its default export is the class (esModuleInterop wraps it once more).
    const m = (await import('ajv')) as unknown as { default: { default?: unknown } };
    AjvClass = (m.default.default ?? m.default) as unknown as typeof AjvClass;
  }
}

function yaml(): typeof import('yaml') {
  if (yamlLib === undefined) throw new Error('internal: loadDataLibraries() must run before a data file is read');
  return yamlLib;
}

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params: Record<string, unknown>; keyword: string }[] | null };
let validator: Validate | undefined;

function validate(): Validate {
  if (validator === undefined) {
    if (AjvClass === undefined) throw new Error('internal: loadDataLibraries() must run before a configuration is read');
    const ajv = new AjvClass({ allErrors: true, strict: false });
    validator = ajv.compile(CONFIG_SCHEMA);
  }
  return validator;
}

/**
 * `file:line:col` of the node at a JSON pointer (`/rules/cmake-*`), or of the file when it is not found.
 * With `key`, of that key in the map at the pointer (an unknown property is pointed at by its name).
 */
function where(file: string, doc: Document, counter: LineCounter, pointer: string, key?: string): string {
  const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  let node: unknown = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
  const { isMap, isNode, isScalar } = yaml();
  if (key !== undefined && isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.key ?? node;
  const range = isNode(node) ? node.range : undefined;
  if (range === undefined || range === null) return file;
  const { line, col } = counter.linePos(range[0]);
  return `${file}:${line}:${col}`;
}

/**
 * Parses a JSON or YAML document (JSON is read as YAML 1.2, so both give positions) and checks it
 * against a JSON Schema-shaped validator; every problem is reported with its line and column.
 */
export function parseData(file: string, text: string, check?: Validate): unknown {
  return parseLocated(file, text, check).data;
}

/** As parseData, and a function that gives `file:line:col` of a JSON pointer into the document. */
export function parseLocated(file: string, text: string, check?: Validate): { data: unknown; locate: (pointer: string) => string } {
  const { LineCounter: Counter, parseDocument } = yaml();
  const counter = new Counter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0] ?? counter.linePos(e.pos[0]);
    throw new ConfigError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${e.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (check !== undefined && !check(data)) {
    const lines = (check.errors ?? []).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` "${String(e.params.additionalProperty)}"` : e.keyword === 'enum' ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
      const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
      return `${where(file, doc, counter, e.instancePath, key)}: ${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}${extra}`;
    });
    throw new ConfigError([...new Set(lines)].slice(0, 10).join('\n'));
  }
  return { data, locate: (pointer) => where(file, doc, counter, pointer) };
}

/** Reads one configuration file (after loadDataLibraries). Data only: nothing in it is ever run. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the configuration: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const { data, locate } = parseLocated(file, text, validate());
  return { config: (data ?? {}) as LogcheckConfig, path: file, dir: path.dirname(path.resolve(file)), locate };
}

/** `--config FILE`, else the first file found walking up from `cwd`; `--no-config`: none. */
export async function loadConfig(options: { cwd: string; file?: string; none?: boolean }): Promise<LoadedConfig | undefined> {
  if (options.none === true) return undefined;
  const file = options.file !== undefined ? path.resolve(options.cwd, options.file) : findConfig(options.cwd);
  if (file === undefined) return undefined;
  await loadDataLibraries();
  return loadConfigFile(file);
}

/** Reads a list of causes (or a GitHub problem-matcher file) as data, with positions in errors (after loadDataLibraries). */
export function readDataFile(file: string): { data: unknown; locate: (pointer: string) => string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseLocated(file, text);
}
