import { describe, expect, it } from 'vitest';
import { bye, doc, found, say } from './test-helpers';
import { validate } from './validate';

const schemaMessages = (input: unknown) =>
  validate(input).diagnostics.filter((d) => d.code.startsWith('schema.')).map((d) => d.message);

describe('schema diagnostics', () => {
  it('says which setting is missing', () => {
    expect(schemaMessages(doc({ ask: { kind: 'ask', prompt: { 'en-US': 'Number?' }, on: { valid: 'bye' } }, bye }))).toEqual([
      "Ask 'ask': variable is missing",
    ]);
  });

  it('says what type a setting must have', () => {
    expect(schemaMessages(doc({ welcome: say('Hi', 'bye', { bargeIn: 'yes' }), bye }))).toEqual([
      "Say 'welcome': bargeIn must be true or false",
    ]);
  });

  it('names an unknown setting and suggests the one probably meant', () => {
    const [diagnostic] = found(doc({ welcome: { kind: 'say', prompt: { 'en-US': 'Hi' }, nxt: 'bye' }, bye }), 'schema.unknownSetting');
    expect(diagnostic).toMatchObject({
      severity: 'error',
      nodeId: 'welcome',
      path: ['nodes', 'welcome', 'nxt'],
      message: "Say 'welcome': 'nxt' is not a setting of this step (did you mean 'next'?)",
    });
  });

  it('names an unknown scenario setting, such as a format 1 leftover', () => {
    const [diagnostic] = found(doc({ bye }, { language: 'en-US' }), 'schema.unknownSetting');
    expect(diagnostic).toMatchObject({ path: ['language'], message: "Scenario: 'language' is not a setting of a scenario" });
    expect(diagnostic?.nodeId).toBeUndefined();
  });

  it('explains a locale key that is not a locale, with its full path', () => {
    const [diagnostic] = found(doc({ welcome: { kind: 'say', prompt: { english: 'Hi' }, next: 'bye' }, bye }), 'schema.invalid');
    expect(diagnostic).toMatchObject({ path: ['nodes', 'welcome', 'prompt', 'english'], nodeId: 'welcome' });
    expect(diagnostic?.message).toBe(`Say 'welcome': prompt: 'english' is not a valid name: a locale such as "de-DE", "fr-FR" or "en-US"`);
  });

  it('numbers list entries from one and lists allowed values', () => {
    const menu = { kind: 'menu', prompt: { 'en-US': 'Choose' }, options: [{ port: 'a', dtmf: '1' }, { port: 'b', dtmf: '10' }], on: { a: 'bye', b: 'bye' } };
    expect(schemaMessages(doc({ menu, bye }))).toEqual([`Menu 'menu': options #2 › dtmf is not valid: a phone key: 0-9, * or #`]);
    expect(schemaMessages(doc({ bye }, { channels: ['fax'] }))).toEqual(['Scenario: channels #1 must be one of: "voice", "chat", "sms"']);
  });

  it('explains limits in words', () => {
    expect(schemaMessages(doc({ bye }, { locales: [] }))).toEqual(['Scenario: locales needs at least one entry']);
    expect(schemaMessages(doc({ bye }, { name: '' }))).toEqual(['Scenario: name must not be empty']);
    const ask = { kind: 'ask', prompt: { 'en-US': 'Number?' }, variable: 'n', timeout: -1, on: { valid: 'bye' } };
    expect(schemaMessages(doc({ ask, bye }, { variables: { n: { type: 'string' } } }))).toEqual(["Ask 'ask': timeout must be at least 0"]);
  });

  it('explains a bot controller of an unknown type', () => {
    const bot = { kind: 'bot', controller: { type: 'gpt' }, on: { fallback: 'bye' } };
    expect(schemaMessages(doc({ bot, bye }))).toEqual([`Bot 'bot': controller › type must be one of: "nlu", "webhook", "llm"`]);
  });

  it('explains a prompt text of the wrong type', () => {
    expect(schemaMessages(doc({ welcome: { kind: 'say', prompt: { 'en-US': 5 }, next: 'bye' }, bye }))).toEqual([
      "Say 'welcome': prompt › en-US must be a text or a group of settings ({…})",
    ]);
  });

  it('reports nodes that are not a record of nodes', () => {
    expect(schemaMessages({ dsl: 2, id: 'x', name: 'X', locales: ['en-US'], start: 's', nodes: [] })).toEqual([
      'Scenario: nodes must be a group of settings ({…})',
    ]);
  });
});
