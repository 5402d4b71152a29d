import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { builderOf, lineOf, placeOf } from '../failure.js';

// getent hosts ftp.gnu.org        curl -fsSL -o x https://...        git clone https://...     pip install foo
const NETWORK_COMMAND = /^\s*(?:getent (?:hosts|ahosts)|host|nslookup|dig|ping|wget|curl|git (?:clone|fetch|pull|submodule update)|pip3? install|python3 -m pip install|npm (?:install|ci)|yarn(?: install)?|cargo (?:fetch|install)|go (?:get|mod download))\s+(\S+)?/;

/** Stages where apt talks to the mirror: a resolver failure there is the chroot's network, not the package. */
const MIRROR_STAGES = new Set(['extract-base', 'build-deps', 'update', 'install-deps', 'apt-get-update', 'fetch-src']);

const rule: Rule = {
  meta: {
    id: 'build-network-access',
    title: 'The build tried to reach the network',
    severity: 'error',
    cause: 'network-disabled',
    tags: ['network', 'pbuilder', 'sbuild', 'build-failure'],
    docs: {
      description: 'A host name could not be resolved or the network was unreachable: `Could not resolve host: github.com` (curl, git), `Temporary failure in name resolution` (glibc, Python), `getaddrinfo ENOTFOUND` (npm), `dial tcp: lookup` (Go), pip\'s `Failed to establish a new connection`.',
      why: 'pbuilder (USENETWORK=no, the default, `I: pbuilder: network access will be disabled during build`) and sbuild (0.85 runs dpkg-buildpackage with DISABLE_NETWORK) build without network, as the Debian buildds do: Debian Policy 4.9 forbids a package build from accessing the network. A build that downloads sources, wheels, crates or npm modules fails there. In the build-deps stage the same messages mean the chroot cannot reach the mirror.',
      fix: 'Ship what the build downloads in the source package (or package it and Build-Depend on it) and make the build use it offline; only to confirm the diagnosis, rebuild with `USENETWORK=yes` in pbuilderrc. In the build-deps stage, fix the mirror or proxy in the chroot.',
      example: ['curl: (6) Could not resolve host: github.com'],
    },
  },
  create(context) {
    let done = false;
    return {
      // Commands like `getent hosts x` fail silently without network: then the only trace is make's error
      // right after the command's echo, and only a build known to run offline makes that conclusive.
      'make.error'(fact) {
        if (done || fact.lastOutput === undefined || (context.env.networkDisabled === undefined && context.env.sbuild === undefined)) return;
        const m = NETWORK_COMMAND.exec(fact.lastOutput.text);
        if (m === null) return;
        done = true;
        const command = fact.lastOutput.text.trim();
        const disabled = context.env.networkDisabled;
        context.report({
          message: `The build ran \`${command}\`, which needs the network, and it failed (exit status ${fact.code ?? '?'}) in a build without network${disabled !== undefined ? ' (pbuilder disabled it)' : ''}.`,
          evidence: [{ ...fact.lastOutput, note: 'needs the network' }, { line: fact.line.number, text: fact.line.text, note: 'and failed' }, ...(disabled ? [{ ...disabled, note: 'network off during the build' }] : [])],
          line: fact.lastOutput.line,
          remediation: {
            summary: 'Do not use the network during the build (Debian Policy 4.9): ship or package what the command fetches or looks up, and build offline.',
            steps: [`grep -rn '${command.split(/\s+/).slice(0, 2).join(' ')}' debian/rules Makefile* 2>/dev/null`, context.env.sbuild !== undefined ? 'sbuild 0.85 always builds without network (Build.pm: DISABLE_NETWORK => 1): the build must work offline' : 'to confirm only: USENETWORK=yes  (in pbuilderrc)'],
          },
          ...placeOf(context.env, 'network-disabled'),
          data: { command, ...(m[1] !== undefined ? { host: m[1] } : {}), headline: `\`${command}\` needs the network` },
        });
      },
      'system.error'(fact) {
        if (done || (fact.problem !== 'name-resolution' && fact.problem !== 'network-unreachable')) return;
        done = true;
        const place = placeOf(context.env, 'network-disabled');
        const host = fact.subject;
        const mirror = place.stage !== undefined && MIRROR_STAGES.has(place.stage);
        const disabled = context.env.networkDisabled;
        const evidence: Evidence[] = [lineOf(fact, host !== undefined ? `${host} not resolved` : 'no network')];
        if (disabled !== undefined && !mirror) evidence.push({ ...disabled, note: 'network off during the build' });
        const what = fact.tool !== undefined ? `${fact.tool} ` : '';
        context.report({
          message: mirror
            ? `The chroot cannot reach ${host ?? 'the package mirror'} while installing packages.`
            : `The build tried to reach ${host ?? 'the network'}${fact.tool !== undefined ? ` (${what.trim()})` : ''}, but builds run without network${disabled !== undefined ? ' (pbuilder disabled it)' : ''}.`,
          evidence,
          line: fact.line.number,
          remediation: mirror
            ? { summary: `Make ${host ?? 'the mirror'} reachable from the chroot: check MIRRORSITE/http_proxy and the host's DNS.`, steps: ['grep -E "MIRRORSITE|http_proxy" /etc/pbuilderrc ~/.pbuilderrc', `getent hosts ${host ?? 'deb.debian.org'}`] }
            : {
              summary: `Do not download during the build (Debian Policy 4.9): ship or package what it fetches from ${host ?? 'the network'} and build offline.`,
              steps: builderOf(context.env) === 'sbuild'
                ? [`grep -rn '${host ?? 'http'}' debian/rules Makefile* setup.py pyproject.toml 2>/dev/null`, 'sbuild 0.85 always builds without network (Build.pm: DISABLE_NETWORK => 1): the build must work offline']
                : [`grep -rn '${host ?? 'http'}' debian/rules Makefile* setup.py pyproject.toml 2>/dev/null`, 'to confirm only: USENETWORK=yes  (in pbuilderrc)'],
            },
          ...place,
          data: { ...(host !== undefined ? { host } : {}), ...(fact.tool !== undefined ? { tool: fact.tool } : {}), problem: fact.problem, headline: host !== undefined ? `network access to ${host} failed` : `name resolution failed${fact.tool !== undefined ? ` (${fact.tool})` : ''}` },
        });
      },
    };
  },
};

export default rule;
