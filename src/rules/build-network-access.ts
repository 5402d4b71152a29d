import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { builderOf, lineOf, placeOf } from '../failure.js';
import type { BuildEnvironment } from '../facts.js';

// getent hosts ftp.gnu.org        curl -fsSL -o x https://...        git clone https://...     pip install foo
const NETWORK_COMMAND = /^\s*(?:getent (?:hosts|ahosts)|host|nslookup|dig|ping|wget|curl|git (?:clone|fetch|pull|submodule update)|pip3? install|python3 -m pip install|npm (?:install|ci)|yarn(?: install)?|cargo (?:fetch|install)|go (?:get|mod download))\s+(\S+)?/;

/** Stages where apt talks to the mirror: a resolver failure there is the chroot's network, not the package. */
const MIRROR_STAGES = new Set(['extract-base', 'build-deps', 'update', 'install-deps', 'apt-get-update', 'fetch-src']);

/** What the builder does with the network, for the second step of the fix. */
function offlineNote(env: Readonly<BuildEnvironment>): string {
  if (builderOf(env) !== 'sbuild') return 'to confirm only: USENETWORK=yes  (in pbuilderrc)';
  return env.sbuildBackend?.name === 'unshare'
    ? 'sbuild\'s unshare backend builds without network (sbuild 0.85 ChrootUnshare.pm, DISABLE_NETWORK): the build must work offline'
    : 'sbuild\'s schroot backend does not disable the network (sbuild 0.85 ChrootSchroot.pm, #802849): this failure is the host\'s DNS or proxy, but the build must work offline all the same (Policy 4.9)';
}

const rule: Rule = {
  meta: {
    id: 'build-network-access',
    title: 'The build tried to reach the network',
    severity: 'error',
    cause: 'network-disabled',
    tags: ['network', 'pbuilder', 'sbuild', 'build-failure'],
    docs: {
      description: 'A host name could not be resolved or the network was unreachable: `Could not resolve host: github.com` (curl, git), `Temporary failure in name resolution` (glibc, Python), `getaddrinfo ENOTFOUND` (npm), `dial tcp: lookup` (Go), pip\'s `Failed to establish a new connection`.',
      why: 'Debian Policy 4.9 forbids a package build from accessing the network, so a build that downloads sources, wheels, crates or npm modules is the package\'s fault, whatever the builder. pbuilder builds without network by default (USENETWORK=no, `I: pbuilder: network access will be disabled during build`); sbuild 0.85 asks for DISABLE_NETWORK, which only its unshare backend honours (ChrootUnshare.pm unshares the network namespace; ChrootSchroot.pm does not support it, Debian bug #802849), so under schroot the build had the network and failed on the host\'s DNS or proxy, and is still wrong to use it. In the build-deps stage the same messages mean the chroot cannot reach the mirror: an environment fault.',
      fix: 'Ship what the build downloads in the source package (or package it and Build-Depend on it) and make the build work offline; only to confirm the diagnosis, rebuild with `USENETWORK=yes` in pbuilderrc (sbuild: the schroot backend). In the build-deps stage, fix the mirror or proxy in the chroot.',
      example: ['curl: (6) Could not resolve host: github.com'],
    },
  },
  create(context) {
    let done = false;
    return {
      // Commands like `getent hosts x` fail silently without network: then the only trace is make's error
      // right after the command's echo, and only a build known to run offline makes that conclusive.
      'make.error'(fact) {
        // Only a build known to be offline makes a silent failure conclusive: pbuilder's USENETWORK=no line, or
        // sbuild's unshare backend (the schroot backend keeps the network).
        if (done || fact.lastOutput === undefined || (context.env.networkDisabled === undefined && context.env.sbuildBackend?.name !== 'unshare')) return;
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
            steps: [`grep -rn '${command.split(/\s+/).slice(0, 2).join(' ')}' debian/rules Makefile* 2>/dev/null`, offlineNote(context.env)],
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
              steps: [`grep -rn '${host ?? 'http'}' debian/rules Makefile* setup.py pyproject.toml 2>/dev/null`, offlineNote(context.env)],
            },
          ...place,
          // The mirror is the chroot's (environment); a download during the build is the package's (Policy 4.9).
          side: mirror ? 'environment' : 'package',
          data: { ...(host !== undefined ? { host } : {}), ...(fact.tool !== undefined ? { tool: fact.tool } : {}), problem: fact.problem, headline: host !== undefined ? `network access to ${host} failed` : `name resolution failed${fact.tool !== undefined ? ` (${fact.tool})` : ''}` },
        });
      },
    };
  },
};

export default rule;
