/**
 * Placeholder for the offline package index (being built on the `pkgindex` branch): which Debian
 * package provides a header, a pkg-config file, a command, a module. Returns undefined until then.
 */
export function lookupPackages(kind: string, name: string): { packages: readonly string[]; suite: string } | undefined {
  void kind;
  void name;
  return undefined;
}
