import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * The linker: what linker-missing-library (`cannot find -lfoo`, GNU ld and gold) and
 * linker-undefined-reference (`undefined reference to `x'`, also in D, Fortran and cgo objects) do not
 * cover: position-independent-code relocations (GNU ld.bfd, gold, lld), duplicate definitions (GCC 10's
 * -fno-common default), libraries used but not on the link line (binutils 2.22's
 * --no-copy-dt-needed-entries), lld's own wordings, and libraries needed by libraries. Sample lines from
 * buildlog-consultant's tests (src/common.rs) and binutils' message texts (bfd/elf64-x86-64.c,
 * gold/x86_64.cc, lld/ELF/Relocations.cpp, ld/ldmain.c).
 */
export const linker: readonly CatalogEntry[] = [
  {
    id: 'linker-relocation-needs-pic',
    family: 'linker',
    title: 'The linker cannot put non-PIC code into a shared object or PIE',
    cause: 'link-error',
    side: 'package',
    tags: ['linker', 'build-failure'],
    // /usr/bin/ld: pcap-linux.o: relocation R_X86_64_PC32 against symbol `stderr@@GLIBC_2.2.5' can not be used when making a shared object; recompile with -fPIC
    // /usr/bin/ld: foo.o: relocation R_X86_64_32 against `.rodata' can not be used when making a PIE object; recompile with -fPIE
    // /usr/bin/ld.gold: error: obj/foo.o: requires dynamic R_X86_64_32 reloc against 'bar' which may overflow at runtime; recompile with -fPIC
    // ld.lld: error: relocation R_X86_64_32 cannot be used against local symbol; recompile with -fPIC
    match: [
      /^(?<linker>[^\s:]*ld(?:\.bfd)?): (?<object>[^\s:]+)(?::\([^)\s]*\))?: (?:warning: )?relocation (?<reloc>R_\w+) against (?<symbol>.+?) can not be used when making an? (?<output>shared object|PIE object|PDE object)/s,
      /^(?<linker>[^\s:]*ld\.gold): error: (?<object>[^\s:]+): requires (?:unsupported )?dynamic (?:reloc )?(?<reloc>R_\w+)[^;]*; recompile with -fPIC/,
      /^(?<linker>[^\s:]*ld\.lld): error: relocation (?<reloc>R_\w+) cannot be used against (?<symbol>[^;]+); recompile with -fPIC/,
    ],
    message: '{{linker}} cannot link {{object}} into a position-independent output: relocation {{reloc}} needs code compiled with -fPIC (or -fPIE).',
    headline: 'relocation {{reloc}} in {{object}}: recompile with -fPIC',
    fix: {
      summary: 'Compile {{object}} as position-independent code: make its build use the flags dpkg-buildflags gives (CFLAGS/CXXFLAGS/LDFLAGS reach every compile), or add -fPIC for objects that go into a shared library; a static library (.a) linked into a shared one must itself be built with -fPIC.',
      steps: ['grep -rn -e "CFLAGS *=" -e "CFLAGS:=" Makefile* src/ | head   (flags that override the environment drop -fPIC/-fPIE)', 'set(CMAKE_POSITION_INDEPENDENT_CODE ON)   (CMake)   |   libfoo_la_CFLAGS = -fPIC   (automake)'],
    },
    docs: {
      description: 'GNU ld: `relocation R_X86_64_PC32 against symbol `x\' can not be used when making a shared object; recompile with -fPIC` (or `a PIE object; recompile with -fPIE`; any architecture\'s R_* name); gold: `requires dynamic R_X86_64_32 reloc ... recompile with -fPIC`; lld: `relocation R_X86_64_32 cannot be used against local symbol; recompile with -fPIC`.',
      why: 'Shared objects (and PIE executables, the default since Debian stretch\'s GCC 6) must consist of position-independent code; an object compiled without -fPIC/-fPIE (a Makefile that overrides CFLAGS, a hand-written assembler file, a static library built without -fPIC) cannot be linked into one.',
      fix: 'Build the object with -fPIC (or let the build honour dpkg-buildflags), or link the shared variant of the library instead of the .a.',
    },
    examples: [
      { lines: ["/usr/bin/ld: pcap-linux.o: relocation R_X86_64_PC32 against symbol `stderr@@GLIBC_2.2.5' can not be used when making a shared object; recompile with -fPIC"], captures: { linker: '/usr/bin/ld', object: 'pcap-linux.o', reloc: 'R_X86_64_PC32', symbol: 'symbol `stderr@@GLIBC_2.2.5\'', output: 'shared object' }, source: 'buildlog-consultant src/common.rs test_fpic' },
      { lines: ["/usr/bin/x86_64-linux-gnu-ld.bfd: build/dpiGlobal.o: relocation R_X86_64_PC32 against symbol `dpiDebugLevel' can not be used when making a shared object; recompile with -fPIC", '/usr/bin/x86_64-linux-gnu-ld.bfd: final link failed: bad value', 'collect2: error: ld returned 1 exit status'], captures: { linker: '/usr/bin/x86_64-linux-gnu-ld.bfd', object: 'build/dpiGlobal.o', reloc: 'R_X86_64_PC32', symbol: 'symbol `dpiDebugLevel\'', output: 'shared object' }, source: 'buildlog-consultant src/common.rs test_arch_prefixed_ld_recompile_with_fpic_matches' },
      { lines: ["/usr/bin/ld: ../lib/libaxe.a(stream.c.o): relocation R_X86_64_32 against `.rodata' can not be used when making a PIE object; recompile with -fPIE"], captures: { linker: '/usr/bin/ld', object: '../lib/libaxe.a(stream.c.o)', reloc: 'R_X86_64_32', symbol: '`.rodata\'', output: 'PIE object' }, source: 'binutils 2.31+ bfd/elfxx-x86.c (PIE wording)' },
      { lines: ["/usr/bin/ld: src/neon.o: relocation R_AARCH64_ADR_PREL_PG_HI21 against symbol `table' which may bind externally can not be used when making a shared object; recompile with -fPIC"], captures: { linker: '/usr/bin/ld', object: 'src/neon.o', reloc: 'R_AARCH64_ADR_PREL_PG_HI21', symbol: 'symbol `table\' which may bind externally', output: 'shared object' }, source: 'binutils bfd/elfnn-aarch64.c' },
      { lines: ["/usr/bin/ld.gold: error: obj/foo.o: requires dynamic R_X86_64_32 reloc against 'bar' which may overflow at runtime; recompile with -fPIC"], captures: { linker: '/usr/bin/ld.gold', object: 'obj/foo.o', reloc: 'R_X86_64_32' }, source: 'binutils gold/x86_64.cc' },
      { lines: ['ld.lld: error: relocation R_X86_64_32 cannot be used against local symbol; recompile with -fPIC'], captures: { linker: 'ld.lld', reloc: 'R_X86_64_32', symbol: 'local symbol' }, source: 'lld/ELF/Relocations.cpp' },
    ],
    nearMisses: ["/usr/bin/ld: warning: foo.o: relocation against `bar' in read-only section `.text'", '/usr/bin/ld: final link failed: bad value', "/usr/bin/ld: foo.o: relocation truncated to fit: R_X86_64_PC32 against `.bss'"],
  },
  {
    id: 'linker-multiple-definition',
    family: 'linker',
    title: 'A symbol is defined in more than one object',
    cause: 'link-error',
    side: 'package',
    tags: ['linker', 'build-failure'],
    // ./dconf-paths.c:249: multiple definition of `dconf_is_rel_dir'; client/libdconf-client.a(dconf-paths.c.o):./obj-x86_64-linux-gnu/../common/dconf-paths.c:249: first defined here
    // /usr/bin/ld: ../lib/libaxe.a(stream.c.o):(.bss+0x10): multiple definition of `gsl_message_mask'; ../lib/libaxe.a(error.c.o):(.bss+0x8): first defined here
    // foo.o:(.bss+0x0): multiple definition of `verbose'          (binutils < 2.32: "first defined here" on the next line)
    match: /multiple definition of [`'‘](?<symbol>[^'’\s]+)['’]/,
    message: 'The link failed: {{symbol}} is defined in more than one object.',
    headline: 'multiple definition of {{symbol}}',
    fix: {
      summary: 'If {{symbol}} is a global variable defined in a header (the section is .bss/.data), declare it `extern` in the header and define it in one .c file: GCC 10 and later compile with -fno-common, so such tentative definitions now collide; as a stopgap add -fcommon. If it is a function, or one object is linked twice (a library and its objects), remove the duplicate from the link.',
      steps: ["grep -rn -w '{{symbol}}' --include='*.h' .   (a definition in a header?)", 'export DEB_CFLAGS_MAINT_APPEND = -fcommon   (debian/rules, stopgap for variables only)'],
    },
    docs: {
      description: 'GNU ld\'s `multiple definition of `X\'; OBJ: first defined here` (binutils >= 2.32; older versions put `first defined here` on the next line).',
      why: 'Since GCC 10 (Debian bullseye) -fno-common is the default: a variable written `int x;` in a header and included by several files is now a definition in each object. Other causes: a function defined in a header without `static inline`, or the same object linked twice.',
      fix: 'Give the symbol one definition (extern declaration in the header); -fcommon only restores the old behaviour for variables.',
    },
    examples: [
      { lines: ["./dconf-paths.c:249: multiple definition of `dconf_is_rel_dir'; client/libdconf-client.a(dconf-paths.c.o):./obj-x86_64-linux-gnu/../common/dconf-paths.c:249: first defined here"], captures: { symbol: 'dconf_is_rel_dir' }, source: 'buildlog-consultant src/common.rs test_multiple_definition' },
      { lines: ["/usr/bin/ld: ../lib/libaxe.a(stream.c.o):(.bss+0x10): multiple definition of `gsl_message_mask'; ../lib/libaxe.a(error.c.o):(.bss+0x8): first defined here"], captures: { symbol: 'gsl_message_mask' }, source: 'buildlog-consultant src/common.rs test_multiple_definition#2' },
      { lines: ["foo.o:(.bss+0x0): multiple definition of `verbose'", "main.o:(.bss+0x0): first defined here"], captures: { symbol: 'verbose' }, source: 'binutils < 2.32 ld/ldmain.c' },
    ],
    nearMisses: ['warning: multiple definitions of the same macro', "main.c:3: error: redefinition of 'verbose'"],
  },
  {
    id: 'linker-dso-missing',
    family: 'linker',
    title: 'A library the objects use directly is missing from the link line',
    cause: 'link-error',
    side: 'package',
    tags: ['linker', 'build-failure'],
    // /usr/bin/ld: foo.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'
    match: /undefined reference to symbol '(?<symbol>[^'@]+)(?:@@?(?<version>[^']+))?'/,
    // /usr/bin/ld: /lib/x86_64-linux-gnu/libpthread.so.0: error adding symbols: DSO missing from command line
    then: { match: /^(?:\S*ld(?:\.\w+)?: )?(?<library>\S+): error adding symbols: DSO missing from command line/, within: 3, note: 'the library not on the link line' },
    message: 'The link uses {{symbol}} from {{library}}, which is not on the link line (it only came in indirectly).',
    headline: '{{symbol}}: {{library}} missing from the link line',
    fix: {
      summary: 'Add the library that defines {{symbol}} ({{library}}) to the link explicitly, after the objects that use it: e.g. -lpthread, -lm, -ldl, or the pkg-config --libs of the library; indirect linking through another library is refused since binutils 2.22.',
      steps: ['LIBS += -l<name of {{library}}>   (Makefile.am: foo_LDADD; CMake: target_link_libraries(foo PRIVATE ...))'],
    },
    docs: {
      description: '`undefined reference to symbol \'pthread_create@@GLIBC_2.2.5\'` followed by `LIB: error adding symbols: DSO missing from command line`.',
      why: 'The objects call a function of a library that is linked only as a dependency of another library; GNU ld (since 2.22, --no-copy-dt-needed-entries) and --as-needed link lines no longer resolve it from there.',
      fix: 'Name the library on the link line of the target that uses it.',
    },
    examples: [
      { lines: ["/usr/bin/ld: foo.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'", '/usr/bin/ld: /lib/x86_64-linux-gnu/libpthread.so.0: error adding symbols: DSO missing from command line', 'collect2: error: ld returned 1 exit status'], captures: { symbol: 'pthread_create', version: 'GLIBC_2.2.5', library: '/lib/x86_64-linux-gnu/libpthread.so.0' }, source: 'binutils ld/ldmain.c, bfd/elflink.c (glibc < 2.34 libpthread)' },
      { lines: ["/usr/bin/ld: CMakeFiles/foo.dir/main.c.o: undefined reference to symbol 'cos@@GLIBC_2.2.5'", '/usr/bin/ld: /lib/x86_64-linux-gnu/libm.so.6: error adding symbols: DSO missing from command line'], captures: { symbol: 'cos', version: 'GLIBC_2.2.5', library: '/lib/x86_64-linux-gnu/libm.so.6' }, source: 'binutils bfd/elflink.c' },
    ],
    nearMisses: ["/usr/bin/ld: foo.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'", "main.c:(.text+0x1d): undefined reference to `foo'"],
  },
  {
    id: 'linker-lld-library-not-found',
    family: 'linker',
    title: 'ld.lld cannot find a library given with -l',
    cause: 'missing-library',
    side: 'package',
    tags: ['linker', 'build-failure'],
    // ld.lld: error: unable to find library -lfoo
    match: /^(?:\S*\/)?ld\.lld(?:-\d+)?: error: unable to find library -l(?<library>\S+)/,
    message: 'ld.lld cannot find the library -l{{library}}.',
    headline: 'ld.lld: library -l{{library}} not found',
    lookup: { kind: 'library', name: '{{library}}' },
    fix: { summary: 'Add {{packages}} (it ships lib{{library}}.so in {{suite}}) to Build-Depends.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships lib{{library}}.so to Build-Depends (or, if the library is built by this source, make sure it is built before it is linked).',
      steps: ["apt-file search --regexp '/lib{{library}}\\.(so|a)$'"],
    },
    docs: {
      description: 'LLVM\'s linker: `ld.lld: error: unable to find library -lfoo` (GNU ld and gold say `cannot find -lfoo`, reported by linker-missing-library).',
      why: 'The development symlink libfoo.so (or libfoo.a) comes with the library\'s -dev package, which is not among the build-dependencies.',
      fix: 'Build-depend on the -dev package that ships libfoo.so.',
    },
    examples: [
      { lines: ['ld.lld: error: unable to find library -lssl'], captures: { library: 'ssl' }, package: 'libssl-dev', source: 'lld/ELF/Driver.cpp' },
      { lines: ['/usr/bin/ld.lld-16: error: unable to find library -lz'], captures: { library: 'z' }, package: 'zlib1g-dev', source: 'lld 16 (Debian llvm-toolchain-16)' },
    ],
    nearMisses: ['/usr/bin/ld: cannot find -lssl: No such file or directory', 'ld.lld: warning: unable to find library -lfoo in the search path'],
    equivalents: { 'buildlog-consultant': ['missing-library'] },
  },
  {
    id: 'linker-lld-undefined-symbol',
    family: 'linker',
    title: 'ld.lld: undefined symbol',
    cause: 'undefined-reference',
    side: 'package',
    tags: ['linker', 'build-failure'],
    // ld.lld: error: undefined symbol: SSL_new
    match: /^(?:\S*\/)?ld\.lld(?:-\d+)?: error: undefined symbol: (?<symbol>.+)/s,
    message: 'The link failed: undefined symbol {{symbol}} (ld.lld).',
    headline: 'undefined symbol {{symbol}}',
    fix: {
      summary: 'Link the library that defines {{symbol}} (after the objects that use it), or build the source file that defines it; the `>>> referenced by` lines below name the users.',
      steps: ["nm -D --defined-only /usr/lib/*/lib*.so 2>/dev/null | grep -w '{{symbol}}'"],
    },
    docs: {
      description: 'LLVM\'s linker: `ld.lld: error: undefined symbol: X` followed by `>>> referenced by FILE:LINE` lines (GNU ld\'s `undefined reference to` is reported by linker-undefined-reference).',
      why: 'An object uses a function or variable that no object or library on the link line defines.',
      fix: 'Add the library to the link, or the missing object.',
    },
    examples: [
      { lines: ['ld.lld: error: undefined symbol: SSL_new', '>>> referenced by tls.c:42 (src/tls.c:42)'], captures: { symbol: 'SSL_new' }, source: 'lld/ELF/Relocations.cpp reportUndefinedSymbol' },
    ],
    nearMisses: ['ld.lld: warning: undefined symbol: foo'],
  },
  {
    id: 'linker-needed-library-not-found',
    family: 'linker',
    title: 'A library that a linked library needs is not found',
    cause: 'missing-library',
    side: 'package',
    tags: ['linker'],
    severity: 'warning',
    // /usr/bin/ld: warning: libfoo.so.1, needed by ../lib/libbar.so, not found (try using -rpath or -rpath-link)
    match: /^(?:\S*ld(?:\.\w+)?: )?warning: (?<library>[^\s,]+), needed by (?<by>\S+), not found \(try using -rpath or -rpath-link\)/,
    message: '{{by}} needs {{library}}, which the linker cannot find; undefined references to its symbols usually follow.',
    headline: '{{library}} (needed by {{by}}) not found',
    fix: {
      summary: 'If {{library}} is built by this source, add its build directory to the link with -Wl,-rpath-link,DIR (or link it explicitly); otherwise build-depend on the package that ships it.',
      steps: ["find . -name '{{library}}*'", 'LDFLAGS += -Wl,-rpath-link,$(CURDIR)/path/to/dir'],
    },
    docs: {
      description: 'GNU ld: `warning: libfoo.so.1, needed by libbar.so, not found (try using -rpath or -rpath-link)`.',
      why: 'A shared library on the link line depends on another library that is neither installed nor in the linker\'s search path: a library of the same source not yet installed, or a missing build-dependency.',
      fix: 'Point the linker at the build tree with -rpath-link, or install the library\'s package.',
    },
    examples: [
      { lines: ['/usr/bin/ld: warning: libfoo.so.1, needed by ../lib/libbar.so, not found (try using -rpath or -rpath-link)'], captures: { library: 'libfoo.so.1', by: '../lib/libbar.so' }, source: 'binutils ld/ldelf.c' },
    ],
    nearMisses: ['/usr/bin/ld: warning: libfoo.so.1, needed by ../lib/libbar.so, may conflict with libfoo.so.2'],
  },
];
