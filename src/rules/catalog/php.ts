import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * PHP: classes and files the autoloader cannot find, PHP extensions, composer, PHPUnit. Wordings from
 * php 8.2 (`Class "%s" not found`, `Failed opening required '%s' (include_path='%s')`; PHP 7 quoted
 * class names with ''), composer 2.5.5 (Problem.php: `it is missing from your system. Install or
 * enable PHP's %s extension.`; Solver: `Your requirements could not be resolved to an installable set
 * of packages.`), PHPUnit (`PHPUnit requires the "%s" extension.`, the `FAILURES!` summary) and
 * buildlog-consultant's tests. Debian builds PHP packages with pkg-php-tools and phpab (no composer
 * install: it needs the network).
 */
export const php: readonly CatalogEntry[] = [
  {
    id: 'php-class-not-found',
    family: 'php',
    title: 'PHP cannot find a class (autoloader or a missing library)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['php', 'build-failure'],
    // PHP Fatal error:  Uncaught Error: Class 'PHPUnit_Framework_TestCase' not found in /tmp/autopkgtest.gO7h1t/build.b1p/src/Horde_Text_Diff-2.2.0/test/Horde/Text/Diff/EngineTest.php:9
    // PHP Fatal error:  Uncaught Error: Class "Symfony\Component\Yaml\Yaml" not found in /<<PKGBUILDDIR>>/src/Config.php:12
    match: /Fatal error: +Uncaught Error: Class ["'](?<class>[\w\\]+)["'] not found in (?<file>\S+?):(?<lineNo>\d+)/,
    literals: { prefixes: ['PHP Fatal error:', 'Fatal error:'] },
    message: 'PHP cannot load the class {{class}} (used at {{file}}:{{lineNo}}).',
    headline: 'PHP class {{class}} not found',
    fix: { summary: 'Build-Depend on the php-* package that ships {{class}} and load it through the autoloader (pkg-php-tools: phpab, debian/autoload.php.tpl); for PHPUnit_Framework_TestCase and other PHPUnit_* classes, Build-Depend on phpunit and port the tests to PHPUnit\\Framework\\TestCase (PHPUnit 6 removed the old names; a patch).', steps: ["grep -rl 'class $(echo '{{class}}' | sed 's/.*\\\\\\\\//')' /usr/share/php 2>/dev/null | head", 'Build-Depends: ..., pkg-php-tools, phpab'] },
    docs: {
      description: 'PHP said `PHP Fatal error:  Uncaught Error: Class "X" not found in file:line` (PHP 8; PHP 7 printed \'X\').',
      why: 'The class comes from a library that is not installed or not registered with the autoloader; old test suites use PHPUnit 5 class names that newer PHPUnit lacks.',
      fix: 'Build-Depend on the library (php-*), generate an autoloader with phpab, or port old PHPUnit names.',
    },
    examples: [
      { lines: ["PHP Fatal error:  Uncaught Error: Class 'PHPUnit_Framework_TestCase' not found in /tmp/autopkgtest.gO7h1t/build.b1p/src/Horde_Text_Diff-2.2.0/test/Horde/Text/Diff/EngineTest.php:9"], captures: { class: 'PHPUnit_Framework_TestCase', file: '/tmp/autopkgtest.gO7h1t/build.b1p/src/Horde_Text_Diff-2.2.0/test/Horde/Text/Diff/EngineTest.php', lineNo: '9' }, source: 'buildlog-consultant src/common.rs test_missing_php_class' },
      { lines: ['PHP Fatal error:  Uncaught Error: Class "Symfony\\Component\\Yaml\\Yaml" not found in /<<PKGBUILDDIR>>/src/Config.php:12'], captures: { class: 'Symfony\\Component\\Yaml\\Yaml', file: '/<<PKGBUILDDIR>>/src/Config.php', lineNo: '12' }, source: 'php 8.2 (Class "%s" not found)' },
    ],
    nearMisses: ['PHP Fatal error:  Uncaught Error: Call to undefined function foo() in /x.php:3', 'PHP Warning:  Undefined variable $x in /x.php on line 3'],
    equivalents: { 'buildlog-consultant': ['missing-php-class'] },
  },
  {
    id: 'php-required-file-missing',
    family: 'php',
    title: 'PHP cannot open a file given to require',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['php', 'build-failure'],
    // PHP Fatal error:  Uncaught Error: Failed opening required 'vendor/autoload.php' (include_path='.:/usr/share/php') in /<<PKGBUILDDIR>>/tests/bootstrap.php:3
    // PHP Fatal error:  require_once(): Failed opening required 'Horde/Test.php' (include_path='.:/usr/share/php') in /x/test.php on line 4
    match: /Failed opening required '(?<file>[^']+)' \(include_path='(?<includePath>[^']*)'\)/,
    literals: { prefixes: ['PHP Fatal error:', 'Fatal error:'] },
    message: 'PHP cannot find {{file}} (include_path {{includePath}}).',
    headline: 'PHP required file {{file}} missing',
    fix: { summary: 'If {{file}} is vendor/autoload.php, composer install never ran (it cannot in a Debian build): generate an autoloader with phpab (pkg-php-tools) and point the tests at it; otherwise Build-Depend on the php-* package that ships {{file}} under /usr/share/php.', steps: ["apt-file search '/usr/share/php/{{file}}'", 'phpab --output vendor/autoload.php --template debian/autoload.php.tpl src tests'] },
    docs: {
      description: 'PHP said `Failed opening required \'x\' (include_path=\'.:/usr/share/php\')` (PHP 8 as an Uncaught Error, PHP 7 from require_once()).',
      why: 'The file is not installed (a library missing from Build-Depends) or is composer\'s vendor/autoload.php, which a Debian build does not create.',
      fix: 'Build-Depend on the library, or build the autoloader with phpab.',
    },
    examples: [
      { lines: ["PHP Fatal error:  Uncaught Error: Failed opening required 'vendor/autoload.php' (include_path='.:/usr/share/php') in /<<PKGBUILDDIR>>/tests/bootstrap.php:3"], captures: { file: 'vendor/autoload.php', includePath: '.:/usr/share/php' }, source: "php 8.2 (Failed opening required '%s' (include_path='%s'))" },
      { lines: ["PHP Fatal error:  require_once(): Failed opening required 'Horde/Test.php' (include_path='.:/usr/share/php') in /x/test.php on line 4"], captures: { file: 'Horde/Test.php', includePath: '.:/usr/share/php' }, source: 'php 7.4' },
    ],
    nearMisses: ["PHP Warning:  require_once(vendor/autoload.php): Failed to open stream: No such file or directory in /x/test.php on line 3"],
    equivalents: { 'buildlog-consultant': ['missing-php-class'] },
  },
  {
    id: 'php-extension-missing',
    family: 'php',
    title: 'A PHP extension the package needs is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['php', 'build-failure'],
    //   - Root composer.json requires PHP extension ext-intl * but it is missing from your system. Install or enable PHP's intl extension.
    //   - The requested PHP extension ext-mbstring * is missing from your system. Install or enable PHP's mbstring extension.
    // PHPUnit requires the "dom" extension.
    match: [
      /is missing from your system\. Install or enable PHP's (?<ext>[\w-]+) extension\./,
      /PHPUnit requires the "(?<ext>[\w-]+)" extension\./,
    ],
    message: 'The PHP extension {{ext}} is not installed.',
    headline: 'PHP extension {{ext}} missing',
    fix: { summary: 'Add php-{{ext}} to Build-Depends (dom, simplexml, xmlwriter, xmlreader: php-xml; pdo_sqlite: php-sqlite3; pdo_mysql: php-mysql; json is built into PHP 8).', steps: ['Build-Depends: ..., php-{{ext}}'] },
    docs: {
      description: 'composer said `... requires PHP extension ext-x * but it is missing from your system. Install or enable PHP\'s x extension.` (composer 2; composer 1: `The requested PHP extension ext-x * is missing from your system.`), or PHPUnit `PHPUnit requires the "x" extension.`',
      why: 'The extension is a separate Debian package (php-x / php8.2-x) not in Build-Depends.',
      fix: 'Build-Depend on php-x.',
    },
    examples: [
      { lines: ["  - Root composer.json requires PHP extension ext-intl * but it is missing from your system. Install or enable PHP's intl extension."], captures: { ext: 'intl' }, source: 'composer 2.5.5 src/Composer/DependencyResolver/Problem.php' },
      { lines: ["  - The requested PHP extension ext-mbstring * is missing from your system. Install or enable PHP's mbstring extension."], captures: { ext: 'mbstring' }, source: 'composer 1.10 Problem.php' },
      { lines: ['PHPUnit requires the "dom" extension.'], captures: { ext: 'dom' }, source: 'buildlog-consultant src/common.rs (missing-php-extension matcher); PHPUnit 9' },
    ],
    nearMisses: ['PHP Warning:  PHP Startup: Unable to load dynamic library \'intl\''],
    equivalents: { 'buildlog-consultant': ['missing-php-extension'] },
  },
  {
    id: 'composer-unresolvable',
    family: 'php',
    title: 'composer cannot resolve the dependencies (composer install in the build)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['php', 'composer', 'build-failure'],
    // Your requirements could not be resolved to an installable set of packages.
    match: /^Your requirements could not be resolved to an installable set of packages\./,
    message: 'composer could not resolve the package\'s requirements (the problems are listed below this line).',
    headline: 'composer: requirements not resolvable',
    fix: { summary: 'Do not run composer install/update in the build (it resolves against Packagist over the network): Build-Depend on the php-* packages, create the autoloader with phpab (pkg-php-tools, dh --with phpcomposer), and read the `Problem` lines below for what is missing.', steps: ["grep -n 'composer' debian/rules", 'Build-Depends: ..., pkg-php-tools, phpab'] },
    docs: {
      description: 'composer said `Your requirements could not be resolved to an installable set of packages.` followed by `Problem 1` ... lines.',
      why: 'composer needs every requirement from Packagist or its lock file; in a Debian build (no network) only packaged libraries exist, and composer does not see them.',
      fix: 'Replace composer install with pkg-php-tools and phpab; Build-Depend on the php-* libraries.',
    },
    examples: [{ lines: ['Loading composer repositories with package information', 'Your requirements could not be resolved to an installable set of packages.', '', '  Problem 1'], line: 2, source: 'composer 2.5.5 src/Composer/Installer.php' }],
    nearMisses: ['Loading composer repositories with package information', 'Nothing to install, update or remove'],
    equivalents: {},
  },
  {
    id: 'phpunit-tests-failed',
    family: 'php',
    title: 'PHPUnit reports failing tests',
    cause: 'test-failure',
    side: 'package',
    tags: ['php', 'phpunit', 'test-failure'],
    // FAILURES!
    // Tests: 120, Assertions: 340, Failures: 2.
    match: /^(?:FAILURES|ERRORS)!\s*$/,
    literals: { prefixes: ['FAILURES!', 'ERRORS!'] },
    then: { match: /^Tests: (?<tests>\d+), Assertions: (?<assertions>\d+), (?<summary>(?:Errors|Failures): \d+[^.]*)\./, within: 2, reportHere: true, note: 'the summary' },
    message: 'PHPUnit: {{summary}} in {{tests}} tests.',
    headline: 'PHPUnit: {{summary}}',
    fix: { summary: 'Read the numbered failures above the summary; fix the code or the tests (a patch), or skip known-broken tests in debian/rules (phpunit --exclude-group, or --filter) with a bug reference.', steps: ['phpunit --testdox   (locally, to list the failing tests)'] },
    docs: {
      description: 'PHPUnit printed `FAILURES!` (or `ERRORS!`) and `Tests: N, Assertions: M, Failures: F.`',
      why: 'Tests failed; dh_auto_test (or an override running phpunit) stops the build.',
      fix: 'Fix or skip the failing tests.',
    },
    examples: [{ lines: ['FAILURES!', 'Tests: 120, Assertions: 340, Failures: 2.'], line: 2, captures: { tests: '120', assertions: '340', summary: 'Failures: 2' }, source: 'PHPUnit 9 (TextUI DefaultResultPrinter printFooter)' }],
    nearMisses: ['OK (120 tests, 340 assertions)', 'Tests: 120, Assertions: 340, Skipped: 2.'],
    equivalents: {},
  },
  {
    id: 'phpunit-cannot-open-file',
    family: 'php',
    title: 'PHPUnit cannot open the file it was told to load (a bootstrap or autoloader)',
    cause: 'missing-file',
    side: 'package',
    tags: ['php', 'phpunit', 'tests'],
    // Cannot open file "/usr/share/php/Pimple/autoload.php".
    // (PHPUnit's FileLoader::checkAndLoad: `sprintf('Cannot open file "%s".' . "\n", $filename)`, for
    // --bootstrap and the test files it is given)
    match: /^Cannot open file "(?<file>[^"]+\.php)"\.$/,
    message: 'PHPUnit cannot open {{file}}, which it was told to load.',
    headline: 'PHPUnit cannot open {{file}}',
    lookup: { kind: 'file', name: '{{file}}' },
    fix: {
      summary: 'Add {{packages}} (it ships {{file}} in {{suite}}) to the Depends of the test in debian/tests/control (Build-Depends when the build runs PHPUnit).',
      steps: ['Depends: ..., {{package}}   (the test\'s stanza in debian/tests/control)'],
    },
    fixUnresolved: {
      summary: 'If {{file}} is under /usr/share/php, Build-Depend (or for an autopkgtest, Depend in debian/tests/control) on the php-* package that ships it; if it is the project\'s vendor/autoload.php, generate it with phpab (pkg-php-tools) before running PHPUnit: composer install cannot run offline.',
      steps: ["apt-file search -x '^{{file}}$'", 'phpab --output vendor/autoload.php src tests'],
    },
    docs: {
      description: 'PHPUnit stopped with `Cannot open file "X".`: the --bootstrap file (often a library\'s autoload.php) or a test file does not exist.',
      why: 'Debian\'s PHP libraries ship /usr/share/php/<Name>/autoload.php (phpab); a test that loads one needs its package installed, which a testbed or chroot only has through Depends or Build-Depends.',
      fix: 'Depend (Build-Depend) on the package that ships the file, or generate the project\'s autoloader with phpab.',
    },
    examples: [
      { lines: ['PHPUnit 8.5.2 by Sebastian Bergmann and contributors.', '', 'Cannot open file "/usr/share/php/Pimple/autoload.php".', ''], line: 3, captures: { file: '/usr/share/php/Pimple/autoload.php' }, package: 'php-pimple', source: 'buildlog-consultant src/autopkgtest.rs test_test_command_failure' },
    ],
    nearMisses: ['Cannot open file "/tmp/race.cmn".', 'PHPUnit 8.5.2 by Sebastian Bergmann and contributors.'],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
];
