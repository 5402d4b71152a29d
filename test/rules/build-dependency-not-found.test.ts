import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-dependency-not-found.js';

RuleTester.run(rule, {
  valid: ['checking for GLIB... yes', '-- Found ZLIB: /usr/lib/x86_64-linux-gnu/libz.so (found version "1.2.13")'],
  invalid: [{
    // pkg-config 0.29 (pkg.c): "No package '%s' found"; Autoconf PKG_CHECK_MODULES prints it before its own error.
    name: 'pkg-config',
    code: ['   dh_auto_configure', 'checking for GLIB... no', "No package 'glib-2.0' found", 'configure: error: Package requirements (glib-2.0 >= 2.56) were not met:'],
    findings: [{ line: 3, stage: 'dh_auto_configure', side: 'package', cause: 'missing-build-dep', data: { tool: 'pkg-config', dependency: 'glib-2.0' }, remediationIncludes: ['/pkgconfig/glib-2\\.0\\.pc$'] }],
  }, {
    // CMake 3.25 FindPackageHandleStandardArgs.
    name: 'CMake',
    code: ['CMake Error at /usr/share/cmake-3.25/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)'],
    findings: [{ line: 2, data: { tool: 'cmake', dependency: 'ZLIB' }, remediationIncludes: ['ZLIBConfig'] }],
  }, {
    // Meson 1.0 (mesonbuild/dependencies/base.py): Dependency "%s" not found, tried pkgconfig
    name: 'Meson',
    code: ['meson.build:12:0: ERROR: Dependency "gtk4" not found, tried pkgconfig'],
    findings: [{ line: 1, data: { tool: 'meson', dependency: 'gtk4' } }],
  }],
});
