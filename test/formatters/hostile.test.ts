import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { checkText } from '../../src/check.js';
import { formatterNames, getFormatter } from '../../src/formatters/index.js';
import { context, finding, report, resultOf } from '../helpers/reports.js';
import { parseRunnerOutput } from '../helpers/github-runner.js';

/**
 * Log text is hostile. Each line below is something a build can print (a test's output, a file
 * name, a package description); none may reach a terminal as an escape sequence, become a GitHub or
 * Azure command, or break the XML, the JSON or a Markdown table, in any format.
 */
const HOSTILE = [
  '::set-env name=NODE_OPTIONS::--require /tmp/evil.js',
  '::add-mask::secret',
  '  ::error file=x.c,line=1::forged annotation',
  'harmless ##[set-output name=x;]pwned',
  'also ##vso[task.setvariable variable=x]pwned and ##VSO[task.complete]',
  'newline trick %0A::warning::forged %0D%0A ::add-mask::x',
  '\x1b[31mred\x1b[0m \x1b]0;title\x07 bare ESC \x1b and BEL \x07 and CSI \x9b31m',
  'bidi \u202eevil\u202c and zero \u0000 and form feed \f backspace \b',
  '</failure></testcase><testcase name="x"> & <![CDATA[ ]]> "quotes" \'apos\'',
  '| a | b | `code` ``two`` <img src=x onerror=alert(1)> [link](http://x) # heading * _ ~',
  'lone surrogate \ud800 and \uffff',
];

const COMMAND_NAMES = new Set(['group', 'endgroup', 'error', 'warning', 'notice']);

function hostileReport() {
  const evidence = HOSTILE.map((text, i) => ({ line: i + 1, text, note: text }));
  const findings = HOSTILE.map((text, i) => finding({
    line: i + 1,
    severity: (['error', 'warning', 'note'] as const)[i % 3],
    cause: `cause-${i % 4}`,
    message: `message quoting ${text}`,
    evidence,
    remediation: { summary: `fix ${text}`, steps: [text, `apt-get install ${text}`] },
    location: { path: `<<PKGBUILDDIR>>/${text}`, line: i + 1 },
    fingerprint: `${String(i).padStart(32, 'f')}`,
  }));
  return report([resultOf(`logs/${HOSTILE[0]}`, findings.slice(0, 6)), resultOf('<stdin>', findings.slice(6))]);
}

function assertInert(name: string, out: string): void {
  assert.ok(!/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(out), `${name}: no control characters`);
  assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(out), `${name}: no bidi controls`);
  assert.ok(!/##(\[|vso\[)/i.test(out), `${name}: no ##[ or ##vso[`);
  const commands = parseRunnerOutput(out);
  for (const c of commands) {
    assert.ok(!c.legacy && COMMAND_NAMES.has(c.name), `${name}: line ${c.line} is a runner command ${c.name}`);
    if (name !== 'github') assert.fail(`${name}: line ${c.line} is a runner command`);
  }
}

describe('formatters: hostile log text', () => {
  for (const withMaps of [false, true]) {
    for (const name of formatterNames()) {
      it(`${name}${withMaps ? ' (with a path map)' : ''}`, () => {
        const ctx = context(withMaps ? { pathMaps: [{ from: '<<PKGBUILDDIR>>', to: 'src' }] } : {});
        const out = getFormatter(name)!.final(hostileReport(), ctx, false);
        assertInert(name, out);
        if (name === 'junit') assert.equal(XMLValidator.validate(out), true);
        if (['json', 'sarif', 'gitlab'].includes(name)) JSON.parse(out);
        // JSON keeps the evidence as read: the escapes decode to the log's own text.
        if (name === 'json') assert.ok(JSON.stringify(JSON.parse(out)).includes('##[set-output'));
        if (name === 'github') {
          const annotations = parseRunnerOutput(out).filter((c) => c.name !== 'group' && c.name !== 'endgroup');
          assert.ok(annotations.length > 0);
          // The forged text is inside the data, shown, not run.
          assert.ok(annotations.some((a) => a.data.includes('::set-env name=NODE_OPTIONS')));
        }
        if (name === 'markdown') {
          for (const row of out.split('\n').filter((l) => l.startsWith('| ') && /^\| \d+ \|/.test(l))) {
            // Cells are split by pipes that are not escaped.
            assert.equal(row.split(/(?<!\\)\|/).length, 5, row);
          }
          // Code spans show `<img` as text; anywhere else it would be HTML.
          assert.ok(!/<img/i.test(out.replace(/(`+)(?:(?!\1)[^])*?\1/g, '')), 'no HTML');
          assert.ok(!/^#(?!## )/m.test(out.replace(/^## logcheck/m, '')), 'no heading from log text');
        }
      });
    }
  }

  it('hostile lines through the engine (a traceback quoting them) stay inert in every format', async () => {
    // A real CPython traceback shape (test/logs/pbuilder-0.231-execute-noshm-missing-devshm.log) with hostile text around it.
    // (No NUL here: a NUL near the start makes the input binary, which is checked elsewhere.)
    const lines = HOSTILE.filter((l) => !l.includes('\u0000'));
    const log = [
      ...lines,
      'sem_open: No such file or directory',
      'Traceback (most recent call last):',
      '  File "<string>", line 1, in <module>',
      `  File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__`,
      '    sl = self._semlock = _multiprocessing.SemLock(',
      '                         ^^^^^^^^^^^^^^^^^^^^^^^^^',
      'FileNotFoundError: [Errno 2] No such file or directory',
      ...lines,
    ].join('\n');
    const result = await checkText(log, { source: 'build ##[x].log' });
    assert.ok(result.findings.length > 0);
    for (const name of formatterNames()) assertInert(name, getFormatter(name)!.final(report([result]), context(), false));
  });
});
