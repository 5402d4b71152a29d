import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Ruby: gems bundler or rubygems cannot find, files `require` cannot load. Wordings from bundler
 * 2.3.15 (resolver.rb: `Could not find gem '%s'%s in %s.`, the source named `locally installed gems`,
 * `rubygems repository ...`; bundler 1.x: `in any of the gem sources listed in your Gemfile`),
 * rubygems 3.3 (errors.rb: `Could not find '%s' (%s) among %d total gem(s)`, `- did find: [...]`;
 * rubygems.rb: `can't find gem %s with executable %s`), ruby 3.1 (`cannot load such file -- %s`) and
 * buildlog-consultant's tests (src/common.rs). Debian names gems' packages ruby-<gem> (rexml → ruby-rexml).
 */
const aptGem = "apt-file search --regexp '/usr/share/rubygems-integration/all/specifications/{{gem}}-[0-9][^/]*\\.gemspec$'";

export const ruby: readonly CatalogEntry[] = [
  {
    id: 'ruby-gem-not-found',
    family: 'ruby',
    title: 'Bundler cannot find a gem the Gemfile (or a gem) requires',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ruby', 'bundler', 'build-failure'],
    // Could not find gem 'childprocess (~> 0.5)', which is required by gem 'selenium-webdriver', in any of the sources.
    // Could not find gem 'rake-compiler' in any of the gem sources listed in your Gemfile. (Bundler::GemNotFound)
    // Could not find gem 'rspec (>= 0)' in locally installed gems.
    match: /Could not find gem '(?<gem>[\w.-]+)(?: \((?<requirement>[^)']+)\))?'(?:, which is required by gem '(?<by>[^']+)',)? in (?<source>any of the (?:gem )?sources|locally installed gems|cached gems|rubygems repository)/,
    message: 'Bundler cannot find the gem {{gem}} {{requirement}} installed.',
    headline: 'Ruby gem {{gem}} not found',
    lookup: { kind: 'ruby', name: '{{gem}}' },
    fix: { summary: 'Add {{packages}} (it ships the gem {{gem}} in {{suite}}) to Build-Depends in debian/control; for a gem the Debian build does not need (development or coverage tools), drop it from the Gemfile in a patch.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add ruby-{{gem}} (Debian names gem packages ruby-<gem>) to Build-Depends, or remove the gem from the Gemfile/gemspec in a patch if the build does not need it (gem2deb runs without bundler: does debian/rules call `bundle exec`?).', steps: [aptGem, "grep -n '{{gem}}' Gemfile *.gemspec 2>/dev/null"] },
    docs: {
      description: 'Bundler said `Could not find gem \'x (>= 0)\' in locally installed gems.` (bundler 2.x, offline), `Could not find gem \'x\', which is required by gem \'y\', in any of the sources.`, or bundler 1.x\'s `Could not find gem \'x\' in any of the gem sources listed in your Gemfile.`',
      why: 'A gem in the Gemfile (or needed by one) is not installed; a Debian build cannot download gems.',
      fix: 'Build-Depend on ruby-<gem>, or drop the gem from the Gemfile if it is not needed to build or test.',
    },
    examples: [
      { lines: ["Could not find gem 'childprocess (~> 0.5)', which is required by gem 'selenium-webdriver', in any of the sources."], captures: { gem: 'childprocess', requirement: '~> 0.5', by: 'selenium-webdriver', source: 'any of the sources' }, source: 'buildlog-consultant src/common.rs test_missing_ruby_gem' },
      { lines: ["Could not find gem 'rexml', which is required by gem 'rubocop', in any of the sources."], captures: { gem: 'rexml', by: 'rubocop', source: 'any of the sources' }, package: 'ruby-rexml', source: 'buildlog-consultant src/common.rs test_missing_ruby_gem' },
      { lines: ["/usr/lib/ruby/2.7.0/bundler/resolver.rb:290:in `block in verify_gemfile_dependencies_are_found!': Could not find gem 'rake-compiler' in any of the gem sources listed in your Gemfile. (Bundler::GemNotFound)"], captures: { gem: 'rake-compiler', source: 'any of the gem sources' }, source: 'buildlog-consultant src/common.rs test_missing_ruby_gem' },
      { lines: ["Could not find gem 'rspec (>= 0)' in locally installed gems."], captures: { gem: 'rspec', requirement: '>= 0', source: 'locally installed gems' }, source: 'bundler 2.3.15 resolver.rb gem_not_found_message + source/rubygems.rb to_s' },
    ],
    nearMisses: ["Could not find gem 'rspec', because it's in the group :development, configured to be ignored.", 'Using rake 13.0.6'],
    equivalents: { 'buildlog-consultant': ['missing-ruby-gem'] },
  },
  {
    id: 'ruby-gem-spec-not-found',
    family: 'ruby',
    title: 'RubyGems cannot activate a gem (missing, or only other versions installed)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ruby', 'rubygems', 'build-failure'],
    // /usr/lib/ruby/2.5.0/rubygems/dependency.rb:310:in `to_specs': Could not find 'http-parser' (~> 1.2.0) among 59 total gem(s) (Gem::MissingSpecError)
    // /usr/lib/ruby/2.5.0/rubygems/dependency.rb:312:in `to_specs': Could not find 'celluloid' (~> 0.17.3) - did find: [celluloid-0.16.0] (Gem::MissingSpecVersionError)
    // /usr/lib/ruby/2.7.0/rubygems.rb:275:in `find_spec_for_exe': can't find gem rdoc (>= 0.a) with executable rdoc (Gem::GemNotFoundException)
    match: [
      /Could not find '(?<gem>[\w.-]+)' \((?<requirement>[^)]+)\) among \d+ total gem\(s\)/,
      /Could not find '(?<gem>[\w.-]+)' \((?<requirement>[^)]+)\) - did find: \[(?<found>[^\]]*)\]/,
      /can't find gem (?<gem>[\w.-]+) \((?<requirement>[^)]+)\) with executable (?<executable>\S+)/,
    ],
    message: 'RubyGems cannot activate {{gem}} ({{requirement}}).',
    headline: 'Ruby gem {{gem}} ({{requirement}}) not installed',
    lookup: { kind: 'ruby', name: '{{gem}}' },
    fix: { summary: 'Add {{packages}} (it ships the gem {{gem}} in {{suite}}) to Build-Depends, versioned if {{requirement}} asks for a version the suite\'s package must meet (a `did find:` list means only other versions are installed: relax the gemspec dependency in a patch or update the package).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add ruby-{{gem}} to Build-Depends (versioned as {{requirement}} needs); when other versions are installed, relax the requirement in the gemspec with a patch.', steps: [aptGem] },
    docs: {
      description: 'RubyGems raised `Gem::MissingSpecError: Could not find \'x\' (>= 1) among N total gem(s)`, `Gem::MissingSpecVersionError: ... - did find: [x-0.9]`, or `Gem::GemNotFoundException: can\'t find gem x (>= 0.a) with executable y`.',
      why: 'A gem activation (a gemspec dependency, a binstub) needs a gem or a version that is not installed.',
      fix: 'Build-Depend on ruby-<gem> (versioned), or relax the version constraint.',
    },
    examples: [
      { lines: ["/usr/lib/ruby/2.5.0/rubygems/dependency.rb:310:in `to_specs': Could not find 'http-parser' (~> 1.2.0) among 59 total gem(s) (Gem::MissingSpecError)"], captures: { gem: 'http-parser', requirement: '~> 1.2.0' }, source: 'buildlog-consultant src/common.rs test_missing_ruby_gem' },
      { lines: ["/usr/lib/ruby/2.5.0/rubygems/dependency.rb:312:in `to_specs': Could not find 'celluloid' (~> 0.17.3) - did find: [celluloid-0.16.0] (Gem::MissingSpecVersionError)"], captures: { gem: 'celluloid', requirement: '~> 0.17.3', found: 'celluloid-0.16.0' }, source: 'buildlog-consultant src/common.rs test_missing_ruby_gem' },
      { lines: ["/usr/lib/ruby/2.7.0/rubygems.rb:275:in `find_spec_for_exe': can't find gem rdoc (>= 0.a) with executable rdoc (Gem::GemNotFoundException)"], captures: { gem: 'rdoc', requirement: '>= 0.a', executable: 'rdoc' }, source: 'buildlog-consultant src/common.rs test_missing_ruby_gem' },
    ],
    nearMisses: ['Successfully installed http-parser-1.2.3'],
    equivalents: { 'buildlog-consultant': ['missing-ruby-gem'] },
  },
  {
    id: 'ruby-bundler-gem-version-missing',
    family: 'ruby',
    title: 'Bundler cannot find the locked gem versions (Gemfile.lock)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ruby', 'bundler', 'build-failure'],
    // Could not find rake-13.0.6, rspec-3.12.0 in any of the sources
    match: /^Could not find (?<gem>(?:[\w.]|-(?!\d))+)-(?<version>\d[\w.]*)(?<more>[\w., -]*?) in (?:any of the sources|locally installed gems)/,
    message: 'Bundler cannot find the gem versions the Gemfile.lock pins: {{gem}}-{{version}}{{more}}.',
    headline: 'Ruby gem {{gem}}-{{version}} (Gemfile.lock) not installed',
    lookup: { kind: 'ruby', name: '{{gem}}' },
    fix: { summary: 'Do not use upstream\'s Gemfile.lock in the Debian build: remove it before the build (debian/clean, or `rm -f Gemfile.lock` in debian/rules) so that bundler resolves against the installed gems; and Build-Depend on {{packages}} (in {{suite}}).', steps: ['echo Gemfile.lock >> debian/clean', 'Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Remove upstream\'s Gemfile.lock before the build (debian/clean) so that bundler uses the installed versions, and Build-Depend on ruby-{{gem}}.', steps: ['echo Gemfile.lock >> debian/clean', aptGem] },
    docs: {
      description: 'Bundler said `Could not find rake-13.0.6, rspec-3.12.0 in any of the sources` (bundler 2.3 definition.rb/spec_set.rb).',
      why: 'A Gemfile.lock pins exact versions; Debian has other versions (or none) of those gems.',
      fix: 'Drop the lock file in the build and Build-Depend on the gems.',
    },
    examples: [{ lines: ['Could not find rake-13.0.6, rspec-3.12.0 in any of the sources'], captures: { gem: 'rake', version: '13.0.6', more: ', rspec-3.12.0' }, source: 'bundler 2.3.15 lib/bundler/spec_set.rb ("Could not find #{missing_specs.map(&:full_name).join(", ")} in any of the sources")' }],
    nearMisses: ["Could not find gem 'rake' in any of the sources.", 'Fetching gem metadata from https://rubygems.org/'],
    equivalents: { 'buildlog-consultant': ['missing-ruby-gem'] },
  },
  {
    id: 'ruby-cannot-load-file',
    family: 'ruby',
    title: 'Ruby `require` cannot load a library',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ruby', 'build-failure'],
    // <internal:/usr/lib/ruby/vendor_ruby/rubygems/core_ext/kernel_require.rb>:85:in `require': cannot load such file -- rexml/document (LoadError)
    // /usr/lib/ruby/3.1.0/rubygems/core_ext/kernel_require.rb:85:in `require': cannot load such file -- rspec/its (LoadError)
    // LoadError: cannot load such file -- rspec/its
    match: [
      /in `require': cannot load such file -- (?<feature>(?<lib>[\w.-]+)(?:\/[\w./-]*)?) \(LoadError\)/,
      /^LoadError: cannot load such file -- (?<feature>(?<lib>[\w.-]+)(?:\/[\w./-]*)?)/,
    ],
    literals: { prefixes: ['LoadError: cannot load'], anywhere: ["in `require': cannot load such file -- "] },
    message: 'Ruby cannot load {{feature}}: the library (gem {{lib}}?) is not installed.',
    headline: 'Ruby library {{feature}} not found',
    lookup: { kind: 'ruby', name: '{{lib}}' },
    fix: { summary: 'Add {{packages}} (it ships {{lib}} in {{suite}}) to Build-Depends in debian/control; for a bundled gem of Ruby 3 (rexml, net-smtp, webrick: provided by libruby3.x as ruby-rexml, ruby-net-smtp, ...) that is installed but not loadable, the code runs under bundler: add the gem to the Gemfile or gemspec (a patch), or run the tests without bundle exec.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships {{feature}}.rb (ruby-{{lib}} for a gem) to Build-Depends; rexml, net-smtp and webrick are bundled gems since Ruby 3 (Build-Depends: ruby-rexml, provided by libruby3.x), loadable under bundler only when the Gemfile or gemspec lists them; a path of the package itself means the test runs without -Ilib.', steps: ["apt-file search --regexp '/{{feature}}\\.rb$'"] },
    docs: {
      description: 'Ruby raised `cannot load such file -- x/y (LoadError)` from `require`.',
      why: 'The library is not installed: a gem missing from Build-Depends, or a former standard library (rexml, webrick) that became a bundled gem and its own Debian package.',
      fix: 'Build-Depend on the ruby-* package that ships the file.',
    },
    examples: [
      { lines: ["<internal:/usr/lib/ruby/vendor_ruby/rubygems/core_ext/kernel_require.rb>:85:in `require': cannot load such file -- rexml/document (LoadError)"], captures: { feature: 'rexml/document', lib: 'rexml' }, source: 'ruby 3.1 (load.c "cannot load such file") via rubygems 3.3 kernel_require.rb' },
      { lines: ["/usr/lib/ruby/3.1.0/rubygems/core_ext/kernel_require.rb:85:in `require': cannot load such file -- rspec/its (LoadError)"], captures: { feature: 'rspec/its', lib: 'rspec' }, source: 'ruby 3.1 + rubygems 3.3' },
      { lines: ['LoadError: cannot load such file -- nokogiri'], captures: { feature: 'nokogiri', lib: 'nokogiri' }, source: 'buildlog-consultant src/common.rs (missing-ruby-file matcher); rake/rspec output' },
    ],
    nearMisses: ["/build/x/spec/spec_helper.rb:3:in `require_relative': cannot load such file -- /build/x/spec/support/helpers (LoadError)"],
    equivalents: { 'buildlog-consultant': ['missing-ruby-file'] },
  },
  {
    id: 'ruby-javascript-runtime-missing',
    family: 'ruby',
    title: 'ExecJS finds no JavaScript runtime',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ruby', 'build-failure'],
    // ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime. See https://github.com/rails/execjs for a list of available runtimes.
    match: /ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime/,
    literals: { prefixes: ['ExecJS::RuntimeUnavailable'] },
    message: 'ExecJS (used by sprockets, uglifier, coffee-script) needs a JavaScript runtime, and none is installed.',
    headline: 'no JavaScript runtime for ExecJS',
    fix: { summary: 'Add nodejs to Build-Depends in debian/control.', steps: ['Build-Depends: ..., nodejs'] },
    docs: {
      description: 'Ruby raised `ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime.`',
      why: 'ExecJS runs JavaScript through an external runtime (node); the chroot has none.',
      fix: 'Build-Depend on nodejs.',
    },
    examples: [{ lines: ['ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime. See https://github.com/rails/execjs for a list of available runtimes.'], source: 'buildlog-consultant src/common.rs test_missing_javascript_runtime' }],
    nearMisses: ['ExecJS::ProgramError: SyntaxError: Unexpected token'],
    equivalents: { 'buildlog-consultant': ['javascript-runtime-missing'] },
  },
  {
    id: 'ruby-sprockets-file-not-found',
    family: 'ruby',
    title: 'Sprockets cannot find an asset',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ruby', 'rails', 'build-failure'],
    // Sprockets::FileNotFound: couldn't find file 'activestorage' with type 'application/javascript'
    match: /Sprockets::FileNotFound: couldn't find file '(?<name>[^']+)' with type '(?<type>[^']+)'/,
    literals: { prefixes: ['Sprockets::FileNotFound'] },
    message: 'Sprockets cannot find the asset {{name}} ({{type}}).',
    headline: 'Sprockets asset {{name}} not found',
    fix: { summary: 'Build-Depend on the package that ships the asset (a gem\'s app/assets, or a node-/libjs- package for JavaScript; activestorage: ruby-activestorage), and make sure its path is in the asset paths.', steps: ["apt-file search '/{{name}}.js' | head"] },
    docs: {
      description: 'Rails asset compilation said `Sprockets::FileNotFound: couldn\'t find file \'x\' with type \'application/javascript\'`.',
      why: 'An asset required by a manifest is not installed or not on the asset path.',
      fix: 'Build-Depend on the package shipping it.',
    },
    examples: [{ lines: ["Sprockets::FileNotFound: couldn't find file 'activestorage' with type 'application/javascript'"], captures: { name: 'activestorage', type: 'application/javascript' }, source: 'buildlog-consultant src/common.rs test_missing_sprockets_file' }],
    nearMisses: ['Sprockets::Rails::Helper::AssetNotPrecompiled: foo.js'],
    equivalents: { 'buildlog-consultant': ['missing-sprockets-file'] },
  },
];
