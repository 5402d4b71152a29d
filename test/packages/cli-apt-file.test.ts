import { expect } from 'chai';
import { parseCli, HELP } from '../../src/cli/args.js';

describe('--apt-file (the CLI switch for the apt-file fallback)', () => {
  it('is off unless given', () => {
    expect(parseCli(['build.log']).aptFile).to.equal(false);
    expect(parseCli(['--apt-file', 'build.log']).aptFile).to.equal(true);
    expect(HELP).to.include('--apt-file');
  });
});
