import { describe, expect, it } from 'vitest';
import { describeCommand, runCommand } from './process';

describe('runCommand', () => {
  it('passes input on stdin and returns stdout, without a shell', async () => {
    const result = await runCommand('cat', [], { input: Buffer.from('$(rm -rf /) `x` ; | &'), timeoutMs: 10_000 });
    expect(result).toEqual({ code: 0, stdout: Buffer.from('$(rm -rf /) `x` ; | &'), stderr: '' });
  });

  it('kills a process that does not finish in time', async () => {
    await expect(runCommand('sleep', ['30'], { timeoutMs: 100 })).rejects.toThrow('sleep did not finish within 100 ms and was killed');
  });

  it('reports the exit code and stderr of a failing program', async () => {
    const result = await runCommand('sox', ['/no/such/file.wav', '-n'], { timeoutMs: 10_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/no/such/file.wav');
  });

  it('shows arguments with spaces quoted', () => {
    expect(describeCommand('espeak-ng', ['-v', 'en-us', 'two words'])).toBe('espeak-ng -v en-us "two words"');
  });
});
