import { copyFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample, ROOT, runCli, writeTemp } from './testing';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => `examples/${name}`);

/** The multilingual menu with a port leading to a typo, a node nobody reaches and a missing French text. */
function brokenMenu() {
  const scenario = readExample('multilingual-menu');
  scenario.nodes.mainMenu.on.outage = 'outageLien';
  scenario.nodes.orphan = { kind: 'say', name: 'Old promo', prompt: { 'de-DE': 'Alt', 'fr-FR': 'Vieux', 'en-US': 'Old' } };
  delete scenario.nodes.allLinesBusy.prompt['fr-FR'];
  return scenario;
}

describe('callflow validate', () => {
  it('accepts every example and exits 0', async () => {
    const run = await runCli('validate', ...EXAMPLES);
    expect(run.stdout.trim().split('\n')).toEqual(EXAMPLES.map((file) => expect.stringMatching(`^${file}: ok`)));
    expect(run.code).toBe(0);
  });

  it('names each problem of a broken copy with its node id, and exits 1', async () => {
    const { 'menu.json': file } = writeTemp({ 'menu.json': brokenMenu() });
    const run = await runCli('validate', file ?? '');
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/menu\.json: \d+ errors?/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}error +mainMenu:outage +\S+ +.*'outageLien'/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}(error|warning) +orphan +\S+ +Say 'Old promo'/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}error +allLinesBusy +\S+ +.*fr-FR/));
    expect(run.code).toBe(1);
  });

  it('names a required port that leads nowhere with its node and port', async () => {
    const scenario = readExample('multilingual-menu');
    delete scenario.nodes.billingTeam.on.answered;
    const { 'menu.json': file } = writeTemp({ 'menu.json': scenario });
    const run = await runCli('validate', file ?? '');
    expect(run.stdout).toMatch(/ {2}error +billingTeam:answered +port\.unconnected +.*'answered' leads nowhere/);
    expect(run.code).toBe(1);
  });

  it('prints {file, ok, diagnostics} per file with --json', async () => {
    const { 'menu.json': file } = writeTemp({ 'menu.json': brokenMenu() });
    const run = await runCli('validate', '--json', 'examples/voice-robot.json', file ?? '');
    const reports = JSON.parse(run.stdout);
    expect(reports).toEqual([
      { file: 'examples/voice-robot.json', ok: true, diagnostics: expect.any(Array) },
      { file, ok: false, diagnostics: expect.arrayContaining([expect.objectContaining({ severity: 'error', nodeId: 'mainMenu', port: 'outage' })]) },
    ]);
    expect(run.code).toBe(1);
  });

  it('names a file that is not JSON with the line and column, and one that does not exist', async () => {
    const { 'bad.json': bad } = writeTemp({ 'bad.json': '{\n  "dsl": 2,\n  "id": "x",,\n}' });
    const run = await runCli('validate', bad ?? '', 'examples/missing.json', 'examples/voice-robot.json');
    expect(run.stdout.trim().split('\n')).toEqual([
      `${bad}: not valid JSON: Expected double-quoted property name at line 3, column 13`,
      'examples/missing.json: file not found',
      'examples/voice-robot.json: ok',
    ]);
    expect(run.code).toBe(1);
  });

  it('resolves a subflow from the folder of the validated file, and reports it missing elsewhere', async () => {
    expect((await runCli('validate', 'examples/bank-hotline.json')).code).toBe(0);

    const { 'bank-hotline.json': alone } = writeTemp({ 'bank-hotline.json': readExample('bank-hotline') });
    const run = await runCli('validate', alone ?? '');
    expect(run.stdout).toMatch(/ {2}error +identifyCustomer +subflow\.notFound +.*'identify-customer'/);
    expect(run.code).toBe(1);

    copyFileSync(join(ROOT, 'examples', 'identify-customer.json'), join(dirname(alone ?? ''), 'identify-customer.json'));
    expect((await runCli('validate', alone ?? '')).code).toBe(0);
  });
});
