import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Java, Maven, Gradle, Ant, Ivy. Debian builds Maven projects offline against /usr/share/maven-repo
 * (maven-debian-helper 2.6: `-Dmaven.repo.local=debian/maven-repo --offline`), so a missing artifact
 * shows as maven-resolver 1.6's `Cannot access central (...) in offline mode and the artifact x has not
 * been downloaded from it before.` Wordings from maven-resolver 1.6.3, maven-core 3.8.7, gradle 4.4.1
 * (Debian's), ant 1.10.13 (Definer: `taskdef class x cannot be found`), javac (OpenJDK 17
 * compiler.properties) and buildlog-consultant's tests (src/common.rs).
 */
const aptMaven = "apt-file search /usr/share/maven-repo/$(echo '{{artifact}}' | cut -d: -f1 | tr . /)/$(echo '{{artifact}}' | cut -d: -f2)/";

export const java: readonly CatalogEntry[] = [
  {
    id: 'maven-artifact-offline-missing',
    family: 'java',
    title: 'A Maven artifact is not in the Debian Maven repository (offline build)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'maven', 'build-failure'],
    // [ERROR] Failed to execute goal on project bookkeeper-server: Could not resolve dependencies for project org.apache.bookkeeper:bookkeeper-server:jar:4.4.0: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact io.netty:netty:jar:debian has not been downloaded from it before. -> [Help 1]
    match: /Cannot access (?<repository>\S+) \((?<url>[^()\s]+)\) in offline mode and the artifact (?<artifact>[\w.-]+:[\w.-]+:[\w.${}/:-]+) has not been downloaded from it before/,
    literals: { prefixes: ['[ERROR] ', '[FATAL] '] },
    message: 'Maven needs {{artifact}}, which is not in the local (Debian) repository, and the build is offline.',
    headline: 'Maven artifact {{artifact}} not available offline',
    lookup: { kind: 'maven', name: '{{artifact}}' },
    fix: { summary: 'Add {{packages}} (it ships {{artifact}} under /usr/share/maven-repo in {{suite}}) to Build-Depends; if the version Maven asks for is not `debian` or one the package ships, map it in debian/maven.rules.', steps: ['Build-Depends: ..., {{package}}', '# debian/maven.rules: <groupId> <artifactId> * s/.*/debian/ * *'] },
    fixUnresolved: { summary: 'Add the lib*-java package that ships {{artifact}} under /usr/share/maven-repo to Build-Depends; if Debian has no such package, package it first or drop the dependency (debian/maven.ignoreRules); a version other than `debian` needs a debian/maven.rules entry.', steps: [aptMaven, 'Build-Depends: ..., <the package apt-file names>'] },
    // `io.netty:netty:jar:debian`: Debian's version, asked for by a maven.rules or an installed Debian pom,
    // of an artifact no package ships in the suite (renamed or split): its group's packages. A rule line is
    // `<groupId> [artifactId] [type] [version] [classifier] [scope]`, each a value, `*` or `s/regex/replace/`
    // (maven-repo-helper 1.7.1, mh_patchpoms(1)).
    fixNear: { summary: 'No package ships {{artifact}} in {{suite}}; {{packages}} ship {{near}}: Build-Depend on the one with the classes the project uses and map the dependency to its artifact in debian/maven.rules (or drop it with debian/maven.ignoreRules).', steps: ['Build-Depends: ..., {{package}}', '# debian/maven.rules: <groupId> s/^<old artifactId>$/<new artifactId>/ * s/.*/debian/ * *', aptMaven] },
    docs: {
      description: 'Maven (maven-resolver) said `Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact g:a:jar:v has not been downloaded from it before.` inside a `Could not resolve dependencies`, `Plugin ... could not be resolved` or `Non-resolvable parent POM` error.',
      why: 'Debian builds Maven projects offline (maven-debian-helper, `mvn -o`) against /usr/share/maven-repo; an artifact that no installed package ships there cannot be fetched.',
      fix: 'Build-Depend on the package that ships the artifact, map its version with debian/maven.rules, or ignore an optional plugin with debian/maven.ignoreRules.',
    },
    examples: [
      { lines: ['[ERROR] Failed to execute goal on project bookkeeper-server: Could not resolve dependencies for project org.apache.bookkeeper:bookkeeper-server:jar:4.4.0: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact io.netty:netty:jar:debian has not been downloaded from it before. -> [Help 1]'], captures: { repository: 'central', url: 'https://repo.maven.apache.org/maven2', artifact: 'io.netty:netty:jar:debian' }, package: 'libnetty-java', source: 'buildlog-consultant src/common.rs test_missing_maven_artifacts' },
      { lines: ['[ERROR] Plugin org.apache.maven.plugins:maven-jar-plugin:2.6 or one of its dependencies could not be resolved: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact org.apache.maven.plugins:maven-jar-plugin:jar:2.6 has not been downloaded from it before. -> [Help 1]'], captures: { repository: 'central', url: 'https://repo.maven.apache.org/maven2', artifact: 'org.apache.maven.plugins:maven-jar-plugin:jar:2.6' }, source: 'buildlog-consultant src/common.rs test_missing_maven_artifacts' },
      { lines: ["[FATAL] Non-resolvable parent POM for org.joda:joda-convert:2.2.1: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact org.joda:joda-parent:pom:1.4.0 has not been downloaded from it before. and 'parent.relativePath' points at wrong local POM @ line 8, column 10"], captures: { repository: 'central', url: 'https://repo.maven.apache.org/maven2', artifact: 'org.joda:joda-parent:pom:1.4.0' }, source: 'buildlog-consultant src/common.rs test_missing_maven_artifacts' },
    ],
    nearMisses: ['[INFO] Downloading from central: https://repo.maven.apache.org/maven2/io/netty/netty/debian/netty-debian.pom', '[WARNING] The POM for io.netty:netty:jar:debian is missing, no dependency information available'],
    equivalents: { 'buildlog-consultant': ['missing-maven-artifacts'] },
  },
  {
    id: 'maven-artifact-not-found',
    family: 'java',
    title: 'Maven cannot find an artifact in the repositories it searched',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'maven', 'build-failure'],
    // [ERROR] Failed to execute goal on project x: Could not resolve dependencies for project g:x:jar:1.0: Could not find artifact org.foo:bar:jar:debian in debian (file:///usr/share/maven-repo) -> [Help 1]
    match: /Could not find artifact (?<artifact>[\w.-]+:[\w.-]+:[\w.${}/:-]+) in (?<repository>\S+) \((?<url>[^()\s]+)\)/,
    literals: { prefixes: ['[ERROR] ', '[FATAL] '] },
    message: 'Maven cannot find {{artifact}} in {{repository}} ({{url}}).',
    headline: 'Maven artifact {{artifact}} not found',
    lookup: { kind: 'maven', name: '{{artifact}}' },
    fix: { summary: 'Add {{packages}} (it ships {{artifact}} under /usr/share/maven-repo in {{suite}}) to Build-Depends; map a version other than the shipped ones in debian/maven.rules.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the lib*-java package that ships {{artifact}} under /usr/share/maven-repo to Build-Depends, or map/ignore it in debian/maven.rules / debian/maven.ignoreRules.', steps: [aptMaven] },
    docs: {
      description: 'maven-resolver said `Could not find artifact g:a:jar:v in repo (url)`, often inside `The following artifacts could not be resolved:`.',
      why: 'The artifact (in that version) is in none of the repositories the build uses: with maven-debian-helper only /usr/share/maven-repo.',
      fix: 'Build-Depend on the package shipping it, or fix the version with debian/maven.rules.',
    },
    examples: [{ lines: ['[ERROR] Failed to execute goal on project x: Could not resolve dependencies for project g:x:jar:1.0: Could not find artifact org.foo:bar:jar:debian in debian (file:///usr/share/maven-repo) -> [Help 1]'], captures: { artifact: 'org.foo:bar:jar:debian', repository: 'debian', url: 'file:///usr/share/maven-repo' }, source: 'maven-resolver-api 1.6.3 ArtifactNotFoundException ("Could not find artifact ")' }],
    nearMisses: ['[WARNING] Could not find artifact descriptor, using defaults'],
    equivalents: { 'buildlog-consultant': ['missing-maven-artifacts'] },
  },
  {
    id: 'maven-plugin-not-resolved',
    family: 'java',
    title: 'A Maven plugin cannot be resolved (its POM or a dependency is missing)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'maven', 'build-failure'],
    // [ERROR] Plugin org.apache.maven.plugins:maven-compiler-plugin:3.10.1 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:maven-compiler-plugin:jar:3.10.1: 1 problem was encountered while building the effective model
    // [ERROR] Error resolving version for plugin 'org.codehaus.mojo:build-helper-maven-plugin' from the repositories [local (/<<PKGBUILDDIR>>/debian/maven-repo)]: Plugin not found in any plugin repository -> [Help 1]
    match: [
      /Plugin (?<plugin>[\w.-]+:[\w.-]+:[\w.-]+) or one of its dependencies could not be resolved: Failed to read artifact descriptor for/,
      /Error resolving version for plugin '(?<plugin>[\w.-]+:[\w.-]+)' from the repositories \[[^\]]*\]: Plugin not found in any plugin repository/,
    ],
    literals: { prefixes: ['[ERROR] ', '[FATAL] '] },
    message: 'Maven cannot resolve the plugin {{plugin}} from the Debian repository.',
    headline: 'Maven plugin {{plugin}} not resolved',
    lookup: { kind: 'maven', name: '{{plugin}}' },
    fix: { summary: 'Add {{packages}} (it ships {{plugin}} in {{suite}}) to Build-Depends, and let maven-debian-helper rewrite the plugin version (debian/maven.rules), or ignore a plugin the Debian build does not need (debian/maven.ignoreRules).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Build-Depend on the package that ships the plugin {{plugin}} (maven-compiler-plugin: libmaven-compiler-plugin-java; maven-jar-plugin: libmaven-jar-plugin-java; maven-bundle-plugin: libmaven-bundle-plugin-java), or ignore it in debian/maven.ignoreRules.', steps: ["apt-file search /usr/share/maven-repo/ | grep -F \"$(echo '{{plugin}}' | cut -d: -f2)\" | head"] },
    docs: {
      description: 'Maven said `Plugin g:a:v or one of its dependencies could not be resolved: Failed to read artifact descriptor for ...` or `Error resolving version for plugin \'g:a\' ...: Plugin not found in any plugin repository`.',
      why: 'The plugin (or the exact version of its POM) is not in /usr/share/maven-repo.',
      fix: 'Build-Depend on the plugin\'s package and let maven-debian-helper rewrite its version, or ignore the plugin.',
    },
    examples: [
      { lines: ['[ERROR] Plugin org.apache.maven.plugins:maven-compiler-plugin:3.10.1 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:maven-compiler-plugin:jar:3.10.1: 1 problem was encountered while building the effective model for org.apache.maven.plugins:maven-compiler-plugin:3.10.1'], captures: { plugin: 'org.apache.maven.plugins:maven-compiler-plugin:3.10.1' }, source: 'buildlog-consultant src/common.rs test_missing_maven_artifacts' },
      { lines: ["[ERROR] Error resolving version for plugin 'org.codehaus.mojo:build-helper-maven-plugin' from the repositories [local (/<<PKGBUILDDIR>>/debian/maven-repo)]: Plugin not found in any plugin repository -> [Help 1]"], captures: { plugin: 'org.codehaus.mojo:build-helper-maven-plugin' }, source: 'buildlog-consultant src/common.rs (maven plugin version matcher), maven-core 3.8.7' },
    ],
    nearMisses: ['[INFO] --- maven-compiler-plugin:3.10.1:compile (default-compile) @ x ---'],
    equivalents: { 'buildlog-consultant': ['missing-maven-artifacts'] },
  },
  {
    id: 'ivy-dependency-not-found',
    family: 'java',
    title: 'Ivy cannot find a dependency (ant + ivy)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'ant', 'ivy', 'build-failure'],
    // [ivy:retrieve] 		:: com.carrotsearch.randomizedtesting#junit4-ant;${/com.carrotsearch.randomizedtesting/junit4-ant}: not found
    match: /^\[ivy:\w+\]\s+:: (?<group>[\w.-]+)#(?<artifact>[\w.-]+);(?<version>\S+): not found/,
    literals: { prefixes: ['[ivy:'] },
    message: 'Ivy cannot resolve {{group}}#{{artifact}} ({{version}}).',
    headline: 'Ivy dependency {{group}}#{{artifact}} not found',
    lookup: { kind: 'maven', name: '{{group}}:{{artifact}}' },
    fix: { summary: 'Add {{packages}} (it ships {{group}}:{{artifact}} in {{suite}}) to Build-Depends and point ivy at /usr/share/maven-repo (ivy-debian-helper), offline.', steps: ['Build-Depends: ..., {{package}}, ivy-debian-helper'] },
    fixUnresolved: { summary: 'Build-Depend on the lib*-java package that ships {{group}}:{{artifact}} under /usr/share/maven-repo and resolve with ivy-debian-helper (which makes ivy use the Debian repository offline).', steps: ["apt-file search /usr/share/maven-repo/$(echo '{{group}}' | tr . /)/{{artifact}}/"] },
    docs: {
      description: 'Ivy listed an unresolved dependency: `[ivy:retrieve] :: group#artifact;version: not found`.',
      why: 'Ivy looks in its configured repositories; in a Debian build only /usr/share/maven-repo can work, and the artifact is not there.',
      fix: 'Build-Depend on the package shipping it and use ivy-debian-helper.',
    },
    examples: [{ lines: ['[ivy:retrieve] \t\t:: com.carrotsearch.randomizedtesting#junit4-ant;${/com.carrotsearch.randomizedtesting/junit4-ant}: not found'], captures: { group: 'com.carrotsearch.randomizedtesting', artifact: 'junit4-ant', version: '${/com.carrotsearch.randomizedtesting/junit4-ant}' }, source: 'buildlog-consultant src/common.rs test_missing_maven_artifacts' }],
    nearMisses: ['[ivy:retrieve] \tfound com.carrotsearch.randomizedtesting#junit4-ant;2.7.8 in debian'],
    equivalents: { 'buildlog-consultant': ['missing-maven-artifacts'] },
  },
  {
    id: 'gradle-dependency-not-found',
    family: 'java',
    title: 'Gradle cannot resolve a dependency',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'gradle', 'build-failure'],
    //    > Could not find org.slf4j:slf4j-api:1.7.25.
    //    > No cached version of org.slf4j:slf4j-api:1.7.25 available for offline mode.
    match: [
      /^\s*> Could not find (?<artifact>[\w.-]+:[\w.-]+:[\w.+-]+)\.\s*$/,
      /^\s*> No cached version of (?<artifact>[\w.-]+:[\w.-]+:[\w.+-]+) available for offline mode\./,
    ],
    literals: { prefixes: ['> Could not find ', '> No cached version of '] },
    message: 'Gradle cannot resolve {{artifact}} (offline, from the Debian Maven repository).',
    headline: 'Gradle dependency {{artifact}} not found',
    lookup: { kind: 'maven', name: '{{artifact}}' },
    fix: { summary: 'Add {{packages}} (it ships {{artifact}} in {{suite}}) to Build-Depends; with gradle-debian-helper the version is rewritten to the one in /usr/share/maven-repo.', steps: ['Build-Depends: ..., {{package}}, gradle-debian-helper'] },
    fixUnresolved: { summary: 'Build-Depend on the lib*-java package that ships {{artifact}} under /usr/share/maven-repo and build with gradle-debian-helper (dh --buildsystem=gradle), which resolves against the Debian repository offline.', steps: [aptMaven] },
    docs: {
      description: 'Gradle 4.4 said `Could not resolve all files for configuration \':compileClasspath\'.` (older: `Could not resolve all dependencies for configuration`) with `> Could not find g:a:v.` or `> No cached version of g:a:v available for offline mode.`',
      why: 'The dependency is not in the repositories Gradle may use; a Debian build is offline and resolves only from /usr/share/maven-repo.',
      fix: 'Build-Depend on the package shipping the artifact and use gradle-debian-helper.',
    },
    examples: [
      { lines: ['FAILURE: Build failed with an exception.', '', '* What went wrong:', "Could not resolve all files for configuration ':compileClasspath'.", '   > Could not find org.slf4j:slf4j-api:1.7.25.'], line: 5, captures: { artifact: 'org.slf4j:slf4j-api:1.7.25' }, package: 'libslf4j-java', source: 'gradle 4.4.1 (Debian) gradle-dependency-management "Could not find %s."' },
      { lines: ['   > No cached version of org.slf4j:slf4j-api:1.7.25 available for offline mode.'], captures: { artifact: 'org.slf4j:slf4j-api:1.7.25' }, source: 'gradle 4.4.1 gradle-dependency-management "No cached version of %s available for offline mode."' },
    ],
    nearMisses: ["Could not resolve all files for configuration ':compileClasspath'.", "   > Could not find method compile() for arguments [x] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler."],
    equivalents: { 'buildlog-consultant': ['missing-maven-artifacts'] },
  },
  {
    id: 'java-release-not-supported',
    family: 'java',
    title: 'The JDK is too old for the Java release the build targets',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['java', 'javac', 'build-failure'],
    // error: release version 17 not supported
    // [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.10.1:compile (default-compile) on project x: Fatal error compiling: error: invalid target release: 17 -> [Help 1]
    // javac: invalid target release: 11
    match: [
      /(?:^|: )error: release version (?<release>\d+) not supported/,
      /(?:^javac: |error: )invalid target release: (?<release>[\d.]+)/,
    ],
    literals: { prefixes: ['error: ', '[ERROR] ', 'javac: '] },
    message: 'javac cannot compile for Java {{release}}: the JDK in the build environment is older.',
    headline: 'JDK too old for Java {{release}}',
    fix: { summary: 'Build with a JDK that supports release {{release}}: Build-Depend on default-jdk if the suite\'s default is new enough (bookworm: 17, trixie: 21), else openjdk-{{release}}-jdk-headless and JAVA_HOME=/usr/lib/jvm/java-{{release}}-openjdk-$(DEB_HOST_ARCH) in debian/rules; or lower the release in the build files if the code allows.', steps: ['Build-Depends: ..., default-jdk-headless (>= 2:{{release}})', "grep -rn 'release>\\|<target>\\|<source>\\|sourceCompatibility\\|targetCompatibility' pom.xml build.gradle 2>/dev/null"] },
    docs: {
      description: 'javac said `error: release version 17 not supported` (--release), `error: invalid target release: 17` (`javac: invalid target release` before JDK 9).',
      why: 'The build targets a Java release newer than the JDK in the chroot (a suite older than the upstream expects, or a JAVA_HOME pointing at an older JDK).',
      fix: 'Build-Depend on a new enough JDK or lower the release (`maven.compiler.release`, `--release`, Gradle `sourceCompatibility`) when the code compiles for it.',
    },
    examples: [
      { lines: ['error: release version 17 not supported'], captures: { release: '17' }, source: 'javac (OpenJDK 11 compiler.properties compiler.err.unsupported.release.version)' },
      { lines: ['[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.10.1:compile (default-compile) on project x: Fatal error compiling: error: invalid target release: 17 -> [Help 1]'], captures: { release: '17' }, source: 'maven-compiler-plugin 3.10 with OpenJDK 11 javac (launcher: invalid target release)' },
      { lines: ['javac: invalid target release: 11'], captures: { release: '11' }, source: 'javac 1.8 (OpenJDK 8 launcher)' },
    ],
    nearMisses: ['warning: [options] bootstrap class path not set in conjunction with -source 8', '[INFO] Compiling 12 source files to /build/x/target/classes'],
    equivalents: {},
  },
  {
    id: 'java-source-option-removed',
    family: 'java',
    title: 'The JDK no longer compiles for the old Java release the build asks for',
    cause: 'compile-error',
    side: 'package',
    tags: ['java', 'javac', 'build-failure'],
    // error: Source option 6 is no longer supported. Use 7 or later.
    // error: Target option 1.7 is no longer supported. Use 8 or later.
    match: /error: (?<option>Source|Target) option (?<release>[\d.]+) is no longer supported\. Use (?<minimum>[\d.]+) or later\./,
    literals: { prefixes: ['error: ', '[ERROR] '] },
    message: 'javac dropped {{option}} {{release}}; the build asks for it (the JDK needs {{minimum}} or later).',
    headline: '{{option}} option {{release}} no longer supported',
    fix: { summary: 'Raise the source/target release to {{minimum}} or later: in pom.xml (maven.compiler.source/target or the compiler plugin\'s <source>/<target>), build.xml (javac source=/target=), build.gradle (sourceCompatibility), or override it in debian/rules (e.g. -Dmaven.compiler.source={{minimum}} -Dmaven.compiler.target={{minimum}} in debian/maven.properties).', steps: ["grep -rn '<source>\\|<target>\\|source=\"\\|target=\"\\|Compatibility' pom.xml build.xml build.gradle 2>/dev/null", 'echo maven.compiler.source={{minimum}} >> debian/maven.properties'] },
    docs: {
      description: 'javac said `error: Source option 6 is no longer supported. Use 7 or later.` (JDK 12+ for 6, JDK 20+ for 7).',
      why: 'Each JDK drops the oldest releases; upstream build files still ask for them.',
      fix: 'Raise -source/-target in the build files or through debian/maven.properties / debian/rules.',
    },
    examples: [
      { lines: ['error: Source option 6 is no longer supported. Use 7 or later.'], captures: { option: 'Source', release: '6', minimum: '7' }, source: 'buildlog-consultant src/common.rs (java matcher); javac 17 compiler.properties' },
      { lines: ['[ERROR] error: Target option 1.7 is no longer supported. Use 8 or later.'], captures: { option: 'Target', release: '1.7', minimum: '8' }, source: 'javac 21 via maven-compiler-plugin' },
    ],
    nearMisses: ['warning: [options] source value 8 is obsolete and will be removed in a future release'],
    equivalents: {},
  },
  {
    id: 'java-class-version-unsupported',
    family: 'java',
    title: 'A class file is newer than the JVM or tool that reads it',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['java', 'build-failure'],
    // Unsupported class file major version 61
    // java.lang.UnsupportedClassVersionError: org/foo/Bar has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0
    match: [
      /Unsupported class file major version (?<major>\d+)/,
      /UnsupportedClassVersionError: (?<class>\S+) has been compiled by a more recent version of the Java Runtime \(class file version (?<major>\d+)\.\d+\), this version of the Java Runtime only recognizes class file versions up to (?<supported>\d+)/,
    ],
    message: 'A class file of major version {{major}} was read by an older Java (or an ASM/Gradle/Groovy that predates that class file version).',
    headline: 'class file major version {{major}} unsupported',
    fix: { summary: 'Use one JDK for the whole build: compile with --release matching the runtime, or run the tool (Gradle, Groovy, an ASM-based plugin) with a JDK it supports (major 52 = Java 8, 55 = 11, 61 = 17, 65 = 21); Debian\'s gradle 4.4 reads class files only up to Java 11 with its bundled ASM.', steps: ['readlink -f /usr/bin/java; ls /usr/lib/jvm/'] },
    docs: {
      description: '`Unsupported class file major version 61` (ASM, used by Gradle, Groovy, Spring, jacoco) or `UnsupportedClassVersionError: ... (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0`.',
      why: 'Classes were compiled for a newer Java than the one (or the bytecode library) reading them: two JDKs mixed in the chroot, or a tool too old for the default JDK.',
      fix: 'Compile with `--release N` for the oldest runtime involved, or run everything with the same, supported JDK.',
    },
    examples: [
      { lines: ['Unsupported class file major version 61'], captures: { major: '61' }, source: 'ASM ClassReader (Gradle/Groovy) message' },
      { lines: ['Exception in thread "main" java.lang.UnsupportedClassVersionError: org/foo/Bar has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0'], captures: { class: 'org/foo/Bar', major: '61', supported: '55' }, source: 'OpenJDK 11 launcher (java.lang.UnsupportedClassVersionError)' },
    ],
    nearMisses: ['[INFO] Compiling 3 source files with javac [debug release 17] to target/classes'],
    equivalents: {},
  },
  {
    id: 'ant-taskdef-class-not-found',
    family: 'java',
    title: 'Ant cannot load a task class (its jar is missing)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'ant', 'build-failure'],
    // /build/x/build.xml:34: taskdef class org.jacoco.ant.AntTasks cannot be found
    // /build/x/build.xml:12: Problem: failed to create task or type antlib:org.jacoco.ant:coverage
    match: [
      /(?<task>taskdef|typedef|componentdef) class (?<name>[\w.$]+) cannot be found/,
      /Problem: failed to create task or type (?<name>\S+)/,
    ],
    message: 'Ant cannot load the task {{name}}: the jar that provides it is not on Ant\'s classpath.',
    headline: 'Ant task {{name}} not found',
    fix: { summary: 'Add the package whose jar provides the task to Build-Depends and put the jar on the classpath (ant -lib /usr/share/java/<jar>.jar, or the taskdef\'s classpath= in build.xml); for an optional task (jacoco, checkstyle, ivy) the Debian build may skip the target instead.', steps: ["apt-file search /usr/share/java/ | grep -i \"$(echo '{{name}}' | sed 's/.*[.:]//')\" | head"] },
    docs: {
      description: 'ant said `build.xml:N: taskdef class x.Y cannot be found` (ant 1.10.13 Definer) or `Problem: failed to create task or type x` (ComponentHelper, with `Cause: The name is undefined.`).',
      why: 'The task\'s jar is not installed or not on the classpath Ant uses: Debian\'s ant loads jars from /usr/share/ant/lib and from -lib or the taskdef\'s classpath.',
      fix: 'Build-Depend on the package shipping the task\'s jar and reference it in the classpath, or skip the optional target.',
    },
    examples: [
      { lines: ['BUILD FAILED', '/build/x/build.xml:34: taskdef class org.jacoco.ant.AntTasks cannot be found'], line: 2, captures: { task: 'taskdef', name: 'org.jacoco.ant.AntTasks' }, source: 'ant 1.10.13 org/apache/tools/ant/taskdefs/Definer ("class ... cannot be found")' },
      { lines: ['/build/x/build.xml:12: Problem: failed to create task or type antlib:org.jacoco.ant:coverage', 'Cause: The name is undefined.'], captures: { name: 'antlib:org.jacoco.ant:coverage' }, source: 'ant 1.10.13 org/apache/tools/ant/ComponentHelper' },
    ],
    nearMisses: ['BUILD FAILED', 'Total time: 2 seconds'],
    equivalents: {},
  },
  {
    id: 'javac-package-does-not-exist',
    family: 'java',
    title: 'javac cannot find a package the code imports (a jar is missing)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'javac', 'build-failure'],
    // [ERROR] /<<PKGBUILDDIR>>/src/main/java/org/foo/Bar.java:[21,27] package org.apache.commons.lang3 does not exist
    //     [javac] /<<PKGBUILDDIR>>/src/org/foo/Bar.java:21: error: package org.apache.commons.lang3 does not exist
    match: [
      /^\[ERROR\] (?<file>\S+\.java):\[\d+,\d+\] package (?<javaPackage>[\w.]+) does not exist/,
      /^\s*\[javac\] (?<file>\S+\.java):\d+: error: package (?<javaPackage>[\w.]+) does not exist/,
    ],
    literals: { prefixes: ['[ERROR] ', '[javac] '] },
    message: 'javac cannot find the Java package {{javaPackage}} imported by {{file}}: the jar that has it is not on the classpath.',
    headline: 'Java package {{javaPackage}} does not exist',
    fix: { summary: 'Add the lib*-java package whose jar contains {{javaPackage}} to Build-Depends, and to the classpath (Maven: the dependency in pom.xml must resolve to it; ant: debian/rules or build.xml classpath, e.g. CLASSPATH=/usr/share/java/<jar>.jar for javahelper).', steps: ["for j in /usr/share/java/*.jar; do unzip -l \"$j\" 2>/dev/null | grep -q \"$(echo '{{javaPackage}}' | tr . /)/\" && echo \"$j\"; done", 'apt-file search /usr/share/java/'] },
    docs: {
      description: 'javac said `package org.x does not exist`, as Maven prints it (`[ERROR] File.java:[l,c] package x does not exist`) or ant (`[javac] File.java:l: error: package x does not exist`).',
      why: 'The code imports a package from a library that is not installed or not on the compile classpath.',
      fix: 'Build-Depend on the library\'s package and put its jar on the classpath.',
    },
    examples: [
      { lines: ['[ERROR] /<<PKGBUILDDIR>>/src/main/java/org/foo/Bar.java:[21,27] package org.apache.commons.lang3 does not exist'], captures: { file: '/<<PKGBUILDDIR>>/src/main/java/org/foo/Bar.java', javaPackage: 'org.apache.commons.lang3' }, source: 'maven-compiler-plugin 3.10 with javac 17 (compiler.err.doesnt.exist)' },
      { lines: ['    [javac] /<<PKGBUILDDIR>>/src/org/foo/Bar.java:21: error: package org.apache.commons.lang3 does not exist'], captures: { file: '/<<PKGBUILDDIR>>/src/org/foo/Bar.java', javaPackage: 'org.apache.commons.lang3' }, source: 'ant 1.10 javac task with javac 17' },
    ],
    nearMisses: ['[ERROR] /<<PKGBUILDDIR>>/src/main/java/org/foo/Bar.java:[21,27] cannot find symbol', '    [javac] Compiling 42 source files to /<<PKGBUILDDIR>>/build/classes'],
    equivalents: {},
  },
  {
    id: 'java-class-not-found',
    family: 'java',
    title: 'A Java class is not on the classpath at run time',
    severity: 'warning',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['java', 'build-failure'],
    // Caused by: java.lang.ClassNotFoundException: org.codehaus.Xpp3r$Builder
    match: /^Caused by: java\.lang\.(?:ClassNotFoundException|NoClassDefFoundError): (?<class>[\w.$/]+)/,
    literals: { prefixes: ['Caused by: java.lang.'] },
    message: 'The JVM cannot load {{class}}: the jar that provides it is not on the classpath.',
    headline: 'Java class {{class}} not found',
    fix: { summary: 'Add the package whose jar contains {{class}} to Build-Depends and to the classpath (for a Maven plugin: the plugin\'s dependency in /usr/share/maven-repo).', steps: ["for j in /usr/share/java/*.jar; do unzip -l \"$j\" 2>/dev/null | grep -q \"$(echo '{{class}}' | tr . / | sed 's/\\$.*//').class\" && echo \"$j\"; done"] },
    docs: {
      description: 'A Java stack trace ends in `Caused by: java.lang.ClassNotFoundException: x.Y` (or NoClassDefFoundError).',
      why: 'A class needed at run time (a plugin, a test, a code generator) is in a jar that is not installed or not on the classpath.',
      fix: 'Build-Depend on the package shipping the jar and add it to the classpath.',
    },
    examples: [{ lines: ['Caused by: java.lang.ClassNotFoundException: org.codehaus.Xpp3r$Builder', '\tat org.codehaus.strategy.SelfFirstStrategy.loadClass(lfFirstStrategy.java:50)'], captures: { class: 'org.codehaus.Xpp3r$Builder' }, source: 'buildlog-consultant src/common.rs test_missing_java_class' }],
    nearMisses: ['\tat org.codehaus.realm.ClassRealm.loadClass(ClassRealm.java:247)'],
    equivalents: { 'buildlog-consultant': ['missing-java-class'] },
  },
  {
    id: 'java-home-invalid',
    family: 'java',
    title: 'JAVA_HOME points at a directory without a JDK, or no java is installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['java', 'build-failure'],
    // ERROR: JAVA_HOME is set to an invalid directory: /usr/lib/jvm/default-java/
    // ERROR: JAVA_HOME is not set and no 'java' command could be found in your PATH.
    match: [
      /^ERROR: JAVA_HOME is set to an invalid directory: (?<javaHome>\S+)/,
      /^ERROR: JAVA_HOME is not set and no 'java' command could be found in your PATH\./,
    ],
    message: 'The Gradle/Maven launcher found no usable Java installation (JAVA_HOME unset or pointing at no JDK).',
    headline: 'no usable JDK (JAVA_HOME)',
    fix: { summary: 'Build-Depend on default-jdk-headless (it provides /usr/lib/jvm/default-java), or set JAVA_HOME in debian/rules to the JDK the build depends on (export JAVA_HOME=/usr/lib/jvm/default-java).', steps: ['Build-Depends: ..., default-jdk-headless', 'export JAVA_HOME = /usr/lib/jvm/default-java'] },
    docs: {
      description: 'A launcher script (gradle, mvn, a project wrapper) said `ERROR: JAVA_HOME is set to an invalid directory: /usr/lib/jvm/default-java/` or `ERROR: JAVA_HOME is not set and no \'java\' command could be found in your PATH.`',
      why: 'No JDK is installed (default-jdk missing from Build-Depends), or JAVA_HOME names a JDK that is not there.',
      fix: 'Build-Depend on default-jdk(-headless) and use /usr/lib/jvm/default-java.',
    },
    examples: [
      { lines: ['ERROR: JAVA_HOME is set to an invalid directory: /usr/lib/jvm/default-java/'], captures: { javaHome: '/usr/lib/jvm/default-java/' }, source: 'buildlog-consultant src/common.rs test_jvm' },
      { lines: ["ERROR: JAVA_HOME is not set and no 'java' command could be found in your PATH."], source: 'buildlog-consultant src/common.rs test_missing_jre' },
    ],
    nearMisses: ['Please set the JAVA_HOME variable in your environment to match the location of your Java installation.'],
    equivalents: { 'buildlog-consultant': ['missing-jvm', 'missing-jre'] },
  },
  {
    id: 'java-jdk-required',
    family: 'java',
    title: 'Gradle runs on a JRE (or a JDK without the needed file)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['java', 'gradle', 'build-failure'],
    // > Kotlin could not find the required JDK tools in the Java installation '/usr/lib/jvm/java-8-openjdk-amd64/jre' used by Gradle. Make sure Gradle is running on a JDK, not JRE.
    // > Could not find tools.jar. Please check that /usr/lib/jvm/java-8-openjdk-amd64 contains a valid JDK installation.
    match: [
      /^> Kotlin could not find the required JDK tools in the Java installation '(?<jdk>[^']+)' used by Gradle/,
      /^> Could not find (?<file>\S+)\. Please check that (?<jdk>\S+) contains a valid (?:\(and compatible\) )?JDK installation\./,
    ],
    literals: { prefixes: ['> Kotlin could not find', '> Could not find '] },
    message: 'Gradle runs on {{jdk}}, which is not a full JDK.',
    headline: 'Gradle needs a JDK, not a JRE',
    // A JDK is what ships javac (/usr/lib/jvm/java-21-openjdk-amd64/bin/javac in openjdk-21-jdk-headless;
    // default-jdk-headless depends on the suite's default one).
    lookup: { kind: 'command', name: 'javac' },
    fix: { summary: 'Build-Depend on a JDK ({{packages}} provide javac in {{suite}}; {{package}} for the default version, an openjdk-N-jdk-headless for the version the build needs) and point JAVA_HOME at it in debian/rules, not at a .../jre directory.', steps: ['Build-Depends: ..., {{package}}', 'export JAVA_HOME = /usr/lib/jvm/default-java'] },
    fixUnresolved: { summary: 'Build-Depend on the JDK (default-jdk-headless, or openjdk-N-jdk-headless for the version the build needs) and point JAVA_HOME at it in debian/rules, not at a .../jre directory.', steps: ['Build-Depends: ..., default-jdk-headless', 'export JAVA_HOME = /usr/lib/jvm/default-java'] },
    docs: {
      description: 'Gradle said `Kotlin could not find the required JDK tools in the Java installation \'.../jre\'` or `Could not find tools.jar. Please check that X contains a valid JDK installation.`',
      why: 'Only a JRE is installed, or JAVA_HOME points to the jre subdirectory.',
      fix: 'Build-Depend on the JDK and set JAVA_HOME to it.',
    },
    examples: [
      { lines: ["> Kotlin could not find the required JDK tools in the Java installation '/usr/lib/jvm/java-8-openjdk-amd64/jre' used by Gradle. Make sure Gradle is running on a JDK, not JRE."], captures: { jdk: '/usr/lib/jvm/java-8-openjdk-amd64/jre' }, package: 'openjdk-21-jdk-headless', source: 'buildlog-consultant src/common.rs test_missing_jdk' },
      { lines: ['> Could not find tools.jar. Please check that /usr/lib/jvm/java-8-openjdk-amd64 contains a valid JDK installation.'], captures: { file: 'tools.jar', jdk: '/usr/lib/jvm/java-8-openjdk-amd64' }, source: 'buildlog-consultant src/common.rs test_missing_jdk_file' },
    ],
    nearMisses: ['> Could not find org.slf4j:slf4j-api:1.7.25.'],
    equivalents: { 'buildlog-consultant': ['missing-jdk', 'missing-jdk-file'] },
  },
];
