import { describe, expect, it } from 'vitest';
import { Command } from '../../dsl/session/commands';
import { POCKETSPHINX_MODEL_DIR, dictionaryWords } from './dictionary';
import { grammarForGather } from './grammar';
import { normaliseWords, toJsgf } from './jsgf';

type Gather = Extract<Command, { type: 'gather' }>;

function gather(fields: Partial<Gather>): Gather {
  return Command.parse({ type: 'gather', nodeId: 'menu', modes: ['dtmf', 'speech'], timeout: 5, ...fields }) as Gather;
}

const words = await dictionaryWords(`${POCKETSPHINX_MODEL_DIR}/cmudict-en-us.dict`);
const knows = (word: string) => words.has(word);

describe('grammarForGather', () => {
  it("collects a menu's keywords, labels and hints once each", () => {
    const grammar = grammarForGather(
      gather({
        choices: [
          { value: 'billing', label: 'Billing', dtmf: '1', keywords: ['pay my bill', 'billing'] },
          { value: 'support', dtmf: '2', keywords: ['technical support'] },
        ],
        hints: ['pay my bill', 'speak to an agent'],
      }),
    );
    expect(grammar).toEqual({ phrases: ['pay my bill', 'Billing', 'technical support', 'speak to an agent'] });
  });

  it("keeps the gather's expect", () => {
    expect(grammarForGather(gather({ expect: 'digits' }))).toEqual({ phrases: [], expect: 'digits' });
  });
});

describe('toJsgf', () => {
  it('lists the phrases as alternatives, lower-cased and without punctuation', () => {
    const jsgf = toJsgf({ phrases: ['I want to pay my bill!', 'Technical support', 'speak to an agent, please'] }, knows);
    expect(jsgf.source).toBe(
      '#JSGF V1.0;\ngrammar callflow;\npublic <utterance> = i want to pay my bill | technical support | speak to an agent please;\n',
    );
    expect(jsgf.droppedWords).toEqual([]);
  });

  it("takes a bot's example sentences, apostrophes and numbers included", () => {
    const jsgf = toJsgf({ phrases: ["I'd like to check my balance.", 'Where’s my order #42?'], expect: 'intent' }, knows);
    expect(jsgf.phrases).toEqual(["i'd like to check my balance", "where's my order four two"]);
  });

  it('drops words the dictionary lacks, and phrases left with none, and says which', () => {
    const jsgf = toJsgf({ phrases: ['Kontostand', 'pay my zorblax bill', 'agent'] }, knows);
    expect(jsgf.phrases).toEqual(['pay my bill', 'agent']);
    expect(jsgf.droppedWords).toEqual(['kontostand', 'zorblax']);
    expect(jsgf.droppedPhrases).toEqual(['Kontostand']);
  });

  it('allows any sequence of digit words when digits or a number are expected', () => {
    for (const expect_ of ['digits', 'number']) {
      const jsgf = toJsgf({ phrases: [], expect: expect_ }, knows);
      expect(jsgf.source).toContain('public <utterance> = <digit>+;');
      expect(jsgf.source).toContain('<digit> = zero | one | two | three | four | five | six | seven | eight | nine;');
    }
  });

  it('offers the yes and no words the answer parser understands for yesNo', () => {
    const jsgf = toJsgf({ phrases: [], expect: 'yesNo' }, knows);
    expect(jsgf.phrases).toEqual(expect.arrayContaining(['yes', 'yeah', 'yep', 'no', 'nope']));
  });

  it('has no grammar for free answers: the recogniser uses its language model', () => {
    expect(toJsgf({ phrases: [] }, knows).source).toBeNull();
    expect(toJsgf({ phrases: [], expect: 'email' }, knows).source).toBeNull();
  });

  it('normalises words the way a recogniser spells them', () => {
    expect(normaliseWords("  Press 1 -- or say 'Agent'  ")).toEqual(['press', 'one', 'or', 'say', 'agent']);
    expect(normaliseWords('Über-Größe')).toEqual(['über', 'größe']);
  });
});
