/**
 * Reads output the way GitHub's runner reads a step's stdout/stderr (actions/runner,
 * ActionCommandManager + ActionCommand): per line, leading whitespace trimmed, a line starting with
 * `::` is a command `::name k=v,k=v::data`; the legacy `##[name k=v;]data` form is found anywhere in
 * a line, and so is Azure's `##vso[`. `::stop-commands::TOKEN` turns processing off until a line
 * `::TOKEN::`. Data is unescaped (%0D %0A %25), property values also (%3A %2C) and trimmed; empty
 * properties are dropped.
 */
export interface ParsedCommand {
  readonly name: string;
  readonly properties: Record<string, string>;
  readonly data: string;
  readonly line: number;
  readonly legacy?: boolean;
}

function unescapeData(s: string): string {
  return s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(s: string): string {
  return s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

export function parseRunnerOutput(text: string): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  let stopToken: string | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trimStart();
    if (stopToken !== undefined) {
      if (trimmed.trimEnd() === `::${stopToken}::`) stopToken = undefined;
      return;
    }
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      if (end > 2) {
        const head = trimmed.slice(2, end);
        const space = head.indexOf(' ');
        const name = space < 0 ? head : head.slice(0, space);
        const properties: Record<string, string> = {};
        if (space >= 0) {
          for (const pair of head.slice(space + 1).split(',')) {
            const eq = pair.indexOf('=');
            if (eq <= 0) continue;
            const value = unescapeProperty(pair.slice(eq + 1)).trim();
            if (value !== '') properties[pair.slice(0, eq)] = value;
          }
        }
        const data = unescapeData(trimmed.slice(end + 2));
        if (name === 'stop-commands') { stopToken = data; return; }
        commands.push({ name, properties, data, line: index + 1 });
        return;
      }
    }
    for (const key of ['##[', '##vso[']) {
      const at = line.toLowerCase().indexOf(key);
      if (at >= 0 && line.indexOf(']', at) > at) {
        const inside = line.slice(at + key.length, line.indexOf(']', at));
        commands.push({ name: inside.split(' ')[0]!, properties: {}, data: line.slice(line.indexOf(']', at) + 1), line: index + 1, legacy: true });
      }
    }
  });
  return commands;
}
