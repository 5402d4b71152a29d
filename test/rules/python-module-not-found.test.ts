import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/python-module-not-found.js';

// CPython 3.11 (Python/import.c): "No module named '%U'" as ModuleNotFoundError.
RuleTester.run(rule, {
  valid: ['ImportError: cannot import name \'foo\' from \'bar\' (/usr/lib/python3/dist-packages/bar/__init__.py)'],
  invalid: [{
    code: ['   dh_auto_build', 'Traceback (most recent call last):', '  File "/build/foo-1.0/setup.py", line 1, in <module>', '    from setuptools import setup', "ModuleNotFoundError: No module named 'setuptools'"],
    findings: [{ line: 5, stage: 'dh_auto_build', side: 'package', cause: 'missing-build-dep', data: { module: 'setuptools', package: 'python3-setuptools' }, remediationIncludes: ['Build-Depends: ..., python3-setuptools'] }],
  }, {
    name: 'import name differs from the package',
    code: ["ModuleNotFoundError: No module named 'yaml'"],
    findings: [{ line: 1, data: { package: 'python3-yaml' } }],
  }],
});
