/**
 * Placeholder for the offline package index (being built on the `pkgindex` branch): which Debian
 * package provides a header, a pkg-config file, a command, a module. Returns undefined until then.
 */

/** What a catalog entry can look up (LookupSpec.kind). */
export type PackageKind =
  | 'header' | 'pkg-config' | 'cmake' | 'command' | 'python' | 'perl' | 'node' | 'maven' | 'r' | 'ruby' | 'go'
  | 'library' | 'm4' | 'jar' | 'file';

/** False while this is the placeholder: tests of the packages named in fixes are skipped. */
export const PACKAGE_INDEX_AVAILABLE: boolean = false;

export function lookupPackages(kind: string, name: string): { packages: readonly string[]; suite: string } | undefined {
  void kind;
  void name;
  return undefined;
}
