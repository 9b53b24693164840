import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../../../dsl/validate';
import { addIntent, addPhrases, freeIntentName, phraseCounts, removeIntent, removeSlot, renameIntent, renameSlot, setExit, type RawBot } from './edits';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', '..', '..', 'examples', 'voice-robot.json');
const document = () => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { nodes: Record<string, RawBot> };
const robot = () => document().nodes.assistant!;
const errorsWith = (node: RawBot) => {
  const doc = document();
  doc.nodes.assistant = node;
  return validate(doc).diagnostics.filter((d) => d.severity === 'error');
};
const names = (node: RawBot) => (node.intents as { name: string }[]).map((i) => i.name);

describe('editing a bot node in the inspector', () => {
  it('renames an exit intent and its port keeps its connection and its place', () => {
    const next = renameIntent(robot(), 0, 'invoices');
    expect(names(next)[0]).toBe('invoices');
    expect(Object.keys(next.on as object)).toEqual(['invoices', 'technical', 'cancel_contract', 'fallback', 'handoff']);
    expect((next.on as Record<string, string>).invoices).toBe('billingIntro');
    expect(errorsWith(next)).toEqual([]);
  });

  it('leaves the built-in handoff port alone when the handoff intent is renamed', () => {
    const node = robot();
    const index = names(node).indexOf('handoff');
    expect((renameIntent(node, index, 'human').on as Record<string, string>).handoff).toBe('serviceQueue');
  });

  it('removes an exit intent together with its port connection, and the scenario stays valid', () => {
    const next = removeIntent(robot(), 2);
    expect(names(next)).not.toContain('cancel_contract');
    expect(next.on).not.toHaveProperty('cancel_contract');
    expect(errorsWith(next)).toEqual([]);
  });

  it('drops the connection of a port that disappears when an intent stops being an exit', () => {
    const next = setExit(robot(), 1, false);
    expect(next.on).not.toHaveProperty('technical');
    expect((next.intents as { exit: boolean }[])[1]!.exit).toBe(false);
    expect(setExit(next, 1, true).on).not.toHaveProperty('technical');
  });

  it('adds an intent under a free name, which the validator then asks phrases for', () => {
    const node = robot();
    const name = freeIntentName(addIntent(node, 'intent'));
    expect(name).toBe('intent2');
    const next = addIntent(node, 'roaming');
    expect(names(next).at(-1)).toBe('roaming');
    expect(validate({ ...document(), nodes: { ...document().nodes, assistant: next } }).diagnostics.some((d) => d.code === 'bot.noUtterances')).toBe(true);
  });

  it('splits pasted lines into phrases, skipping blank lines and phrases already listed', () => {
    expect(addPhrases(['My bill is wrong'], 'my  bill is WRONG\n\n  Where is my invoice \r\nI was charged twice\nI was charged twice')).toEqual([
      'My bill is wrong',
      'Where is my invoice',
      'I was charged twice',
    ]);
    expect(addPhrases([], '   ')).toEqual([]);
  });

  it('counts phrases per declared locale and flags a locale without any', () => {
    expect(phraseCounts({ 'de-DE': ['a', 'b'], 'it-IT': ['c'] }, ['de-DE', 'fr-FR'])).toEqual([
      { locale: 'de-DE', count: 2, missing: false, undeclared: false },
      { locale: 'fr-FR', count: 0, missing: true, undeclared: false },
      { locale: 'it-IT', count: 1, missing: false, undeclared: true },
    ]);
  });

  it('renames and removes a slot together with the intents that need it', () => {
    const node: RawBot = { ...robot(), slots: [{ name: 'contract', type: 'number', prompt: { 'en-US': 'Your number?' } }] };
    node.intents = (node.intents as RawBot[]).map((i, n) => (n === 2 ? { ...i, slots: ['contract'] } : i));
    const renamed = renameSlot(node, 0, 'contractNumber');
    expect((renamed.intents as { slots?: string[] }[])[2]!.slots).toEqual(['contractNumber']);
    const removed = removeSlot(renamed, 0);
    expect(removed.slots).toEqual([]);
    expect((removed.intents as { slots?: string[] }[])[2]!.slots).toEqual([]);
  });
});
