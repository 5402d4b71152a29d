import { expect } from 'chai';
import { findModuleTargets } from '../../scripts/package-index-sources.js';

// Lines from cmake 3.31.6's own modules (trixie's cmake-data 3.31.6-2, usr/share/cmake-3.31/Modules).
describe('findModuleTargets: what a cmake find module looks for', () => {
  it('FindGit.cmake: the program named through a set() variable', () => {
    const text = [
      'set(git_names git)',
      'if(CMAKE_HOST_WIN32)',
      '  if(NOT CMAKE_GENERATOR MATCHES "MSYS")',
      '    set(git_names git.cmd git)',
      '  endif()',
      'endif()',
      'find_program(GIT_EXECUTABLE',
      '  NAMES ${git_names}',
      '  PATHS ${github_path} ${_git_sourcetree_path}',
      '  DOC "Git command line client"',
      '  )',
      'find_package_handle_standard_args(Git',
      '                                  REQUIRED_VARS GIT_EXECUTABLE',
      '                                  VERSION_VAR GIT_VERSION_STRING)',
    ].join('\n');
    const t = findModuleTargets(text);
    expect(t.programs).to.deep.equal(['git', 'git.cmd']);
    expect(t.required[0]).to.deep.equal({ kind: 'program', names: ['git', 'git.cmd', 'git'] });
  });

  it('FindFLEX.cmake: the required variable is the program, not the FlexLexer.h it also looks for', () => {
    const text = [
      '#[=======================================================================[.rst:',
      'FindFLEX',
      '--------',
      'Find Fast Lexical Analyzer (Flex) executable and provides a macro',
      '#]=======================================================================]',
      'find_program(FLEX_EXECUTABLE NAMES flex win-flex win_flex DOC "path to the flex executable")',
      'mark_as_advanced(FLEX_EXECUTABLE)',
      'find_library(FL_LIBRARY NAMES fl',
      '  DOC "Path to the fl library")',
      'find_path(FLEX_INCLUDE_DIR FlexLexer.h',
      '  DOC "Path to the flex headers")',
      '    string(REGEX REPLACE "^flex-([0-9]+\\\\.[0-9]+\\\\.[0-9]+).*$" "\\\\1"',
      '      FLEX_VERSION "${FLEX_version_output}")',
      'FIND_PACKAGE_HANDLE_STANDARD_ARGS(FLEX REQUIRED_VARS FLEX_EXECUTABLE',
      '                                       VERSION_VAR FLEX_VERSION)',
    ].join('\n');
    const t = findModuleTargets(text);
    expect(t.headers).to.deep.equal(['FlexLexer.h']);
    expect(t.required).to.deep.equal([{ kind: 'program', names: ['flex', 'win-flex', 'win_flex'] }]);
  });
});
