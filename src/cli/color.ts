/**
 * Whether to colour output: `--color` / `--no-color` (and `--color=always|never`) decide; else a
 * non-empty `FORCE_COLOR` turns it on (`0` or `false` off, as Node and supports-color read it); else
 * a non-empty `NO_COLOR` turns it off (no-color.org: "when present and not an empty string"); else
 * colour on a terminal that is not `TERM=dumb`.
 */
export function useColor(flag: boolean | undefined, stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
