import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';

const v1 = {
  dsl: 1,
  id: 'hotline',
  name: 'Hotline',
  language: 'de-DE',
  variables: { name: { type: 'string' } },
  start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'welcome' } },
    welcome: { kind: 'say', prompt: 'Willkommen {{vars.name}}!', next: 'menu' },
    menu: {
      kind: 'menu',
      prompt: { audio: 'menu.wav' },
      noInputPrompt: 'Bitte wählen Sie.',
      options: [
        { port: 'billing', dtmf: '1', keywords: ['Rechnung'], label: 'Rechnung' },
        { port: 'other', dtmf: '2' },
      ],
      on: { billing: 'bot', other: 'bye' },
    },
    bot: {
      kind: 'bot',
      greeting: 'Wie kann ich helfen?',
      intents: [{ name: 'done', utterances: ['fertig', 'danke'], answer: 'Gern.', exit: true }],
      on: { done: 'bye', fallback: 'bye' },
    },
    bye: { kind: 'hangup', prompt: 'Auf Wiederhören.' },
  },
};

function upgraded() {
  return migrate(v1).document as typeof v1 & { locales: string[]; nodes: Record<string, Record<string, unknown>> };
}

describe('migration from format 1 to 2', () => {
  it('turns the single language into the locales list, in its place', () => {
    const doc = upgraded();
    expect(doc.locales).toEqual(['de-DE']);
    expect(doc).not.toHaveProperty('language');
    expect(Object.keys(doc)).toEqual(['dsl', 'id', 'name', 'locales', 'variables', 'start', 'nodes']);
    expect(doc.dsl).toBe(2);
  });

  it('puts plain-string prompts under the language', () => {
    const { nodes } = upgraded();
    expect(nodes.welcome?.prompt).toEqual({ 'de-DE': 'Willkommen {{vars.name}}!' });
    expect(nodes.menu?.noInputPrompt).toEqual({ 'de-DE': 'Bitte wählen Sie.' });
    expect(nodes.bye?.prompt).toEqual({ 'de-DE': 'Auf Wiederhören.' });
  });

  it('puts a single audio prompt under the language', () => {
    expect(upgraded().nodes.menu?.prompt).toEqual({ 'de-DE': { audio: 'menu.wav' } });
  });

  it('localizes menu option labels and keywords, and leaves absent ones absent', () => {
    const options = upgraded().nodes.menu?.options;
    expect(options).toEqual([
      { port: 'billing', dtmf: '1', keywords: { 'de-DE': ['Rechnung'] }, label: { 'de-DE': 'Rechnung' } },
      { port: 'other', dtmf: '2' },
    ]);
  });

  it('localizes bot greetings, intent utterances and answers', () => {
    const bot = upgraded().nodes.bot;
    expect(bot?.greeting).toEqual({ 'de-DE': 'Wie kann ich helfen?' });
    expect(bot?.intents).toEqual([
      { name: 'done', utterances: { 'de-DE': ['fertig', 'danke'] }, answer: { 'de-DE': 'Gern.' }, exit: true },
    ]);
  });

  it.each([
    ['ask', 'prompt'], ['ask', 'invalidPrompt'], ['ask', 'noInputPrompt'], ['http', 'holdPrompt'],
    ['transfer', 'announce'], ['transfer', 'whisper'], ['queue', 'positionPrompt'], ['queue', 'whisper'],
    ['voicemail', 'greeting'], ['record', 'consent'], ['bot', 'fallbackPrompt'], ['message', 'text'],
    ['menu', 'noMatchPrompt'],
  ])('localizes %s %s', (kind, field) => {
    const doc = { dsl: 1, language: 'fr-FR', nodes: { n: { kind, [field]: 'Bonjour' } } };
    const nodes = (migrate(doc).document as { nodes: Record<string, Record<string, unknown>> }).nodes;
    expect(nodes.n?.[field]).toEqual({ 'fr-FR': 'Bonjour' });
  });

  it('leaves texts that are already per locale alone', () => {
    const doc = { dsl: 1, language: 'de-DE', nodes: { n: { kind: 'say', prompt: { 'en-US': 'Hi' } } } };
    const nodes = (migrate(doc).document as { nodes: Record<string, Record<string, unknown>> }).nodes;
    expect(nodes.n?.prompt).toEqual({ 'en-US': 'Hi' });
  });

  it('does not touch fields of other kinds that happen to share a name', () => {
    const doc = { dsl: 1, language: 'de-DE', nodes: { n: { kind: 'set', prompt: 'x' } } };
    const nodes = (migrate(doc).document as { nodes: Record<string, Record<string, unknown>> }).nodes;
    expect(nodes.n?.prompt).toBe('x');
  });

  it('does not mutate its input', () => {
    const before = structuredClone(v1);
    migrate(v1);
    expect(v1).toEqual(before);
  });

  it('uses the first of leftover locales when language is missing', () => {
    const doc = { dsl: 1, locales: ['en-US'], nodes: { n: { kind: 'say', prompt: 'Hi' } } };
    const result = migrate(doc).document as { nodes: Record<string, Record<string, unknown>> };
    expect(result.nodes.n?.prompt).toEqual({ 'en-US': 'Hi' });
  });

  it('reports a format 1 document without any language', () => {
    const { diagnostics } = migrate({ dsl: 1, nodes: { n: { kind: 'say', prompt: 'Hi' } } });
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'migrate.noLanguage' }));
  });

  it('survives odd shapes: nodes that are not objects, lists that are not lists', () => {
    const doc = { dsl: 1, language: 'de-DE', nodes: { a: null, b: 3, c: { kind: 'menu', options: 'x' }, d: { kind: 7 } } };
    expect(() => migrate(doc)).not.toThrow();
  });
});
