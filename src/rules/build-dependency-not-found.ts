import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';
import { aptFileRegex } from '../remedies/apt-file.js';

const rule: Rule = {
  meta: {
    id: 'build-dependency-not-found',
    title: 'configure, CMake or Meson did not find a dependency',
    severity: 'error',
    cause: 'missing-build-dep',
    tags: ['pkg-config', 'cmake', 'meson', 'build-failure'],
    docs: {
      description: 'The configure step looked for a library and did not find it: pkg-config\'s `No package \'glib-2.0\' found` (pkgconf: `Package \'glib-2.0\', required by \'virtual:world\', not found`), CMake\'s `Could NOT find ZLIB (missing: ...)` or `Could not find a package configuration file provided by "Qt5"`, Meson\'s `ERROR: Dependency "glib-2.0" not found`.',
      why: 'In a clean chroot only Build-Depends are installed: the -dev package that ships the .pc file or the CMake config is missing from debian/control.',
      fix: 'Find the package shipping the .pc file (`apt-file search /NAME.pc`) or the CMake config (`apt-file search NAMEConfig.cmake`) and add it to Build-Depends.',
      example: ["No package 'glib-2.0' found"],
    },
  },
  create(context) {
    let done = false;
    return {
      'configure.missing-dependency'(fact) {
        if (done) return;
        done = true;
        const name = fact.name;
        const search = fact.tool === 'cmake'
          ? `apt-file search --regexp '/(${name}Config|${name.toLowerCase()}-config|Find${name})\\.cmake$'`
          : `apt-file search --regexp '/pkgconfig/${aptFileRegex(name)}\\.pc$'`;
        context.report({
          message: `${fact.tool} did not find ${name}: its development package is not installed.`,
          evidence: [lineOf(fact, `${name} not found`)],
          remediation: { summary: `Add the package that ships ${name}'s ${fact.tool === 'cmake' ? 'CMake config' : '.pc file'} to Build-Depends in debian/control.`, steps: [search, 'Build-Depends: ..., <the -dev package apt-file names>'] },
          ...placeOf(context.env, 'missing-build-dep'),
          data: { tool: fact.tool, dependency: name, headline: `${fact.tool}: ${name} not found` },
        });
      },
    };
  },
};

export default rule;
