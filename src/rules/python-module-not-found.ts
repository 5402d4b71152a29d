import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { placeOf } from '../failure.js';

// No module named 'setuptools'        No module named 'foo.bar'
const NO_MODULE = /^No module named '([^']+)'/;

/** Import names whose Debian package is not python3-<name> (bookworm). */
const PACKAGES: Readonly<Record<string, string>> = {
  yaml: 'python3-yaml', PIL: 'python3-pil', gi: 'python3-gi', dateutil: 'python3-dateutil', Cython: 'cython3',
  pkg_resources: 'python3-pkg-resources', distutils: 'python3-setuptools', _cffi_backend: 'python3-cffi-backend',
  attr: 'python3-attr', bs4: 'python3-bs4', Crypto: 'python3-pycryptodome', cv2: 'python3-opencv', sklearn: 'python3-sklearn',
  dbus: 'python3-dbus', serial: 'python3-serial', usb: 'python3-usb', zmq: 'python3-zmq', google: 'python3-protobuf',
  mesonpy: 'python3-mesonpy', hatchling: 'python3-hatchling', flit_core: 'flit', poetry: 'python3-poetry-core', pytest: 'python3-pytest',
};

const rule: Rule = {
  meta: {
    id: 'python-module-not-found',
    title: 'A Python module the build imports is not installed',
    severity: 'error',
    cause: 'missing-build-dep',
    tags: ['python', 'build-failure'],
    docs: {
      description: 'Python raised `ModuleNotFoundError: No module named \'X\'` during the build.',
      why: 'The build (setup.py, a PEP 517 backend, the tests, a code generator) imports a module that is not in Build-Depends; in a clean chroot only those are installed. `distutils` left the standard library in Python 3.12 (python3-setuptools provides it).',
      fix: 'Add the package that provides the module to Build-Depends (usually python3-X; `apt-file search /dist-packages/X/__init__.py` finds it).',
      example: ["ModuleNotFoundError: No module named 'setuptools'"],
    },
  },
  create(context) {
    let done = false;
    return {
      'python.exception'(fact) {
        if (done || fact.type !== 'ModuleNotFoundError') return;
        const m = NO_MODULE.exec(fact.message);
        if (m === null) return;
        done = true;
        const module = m[1]!;
        const top = module.split('.')[0]!;
        const pkg = PACKAGES[top] ?? `python3-${top.toLowerCase().replace(/_/g, '-')}`;
        const evidence: Evidence[] = [...fact.messageLines.map((e) => ({ ...e, note: 'module missing' }))];
        context.report({
          message: `The build imports ${module}, which is not installed (probably ${pkg} is missing from Build-Depends).`,
          evidence,
          remediation: { summary: `Add ${pkg} to Build-Depends in debian/control.`, steps: [`apt-file search --regexp '/dist-packages/${top}(/__init__\\.py|\\.py|\\..*\\.so)$'`, `Build-Depends: ..., ${pkg}`] },
          ...placeOf(context.env, 'missing-build-dep'),
          data: { module, package: pkg, headline: `Python module ${module} not found` },
        });
      },
    };
  },
};

export default rule;
