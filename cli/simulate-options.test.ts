import { describe, expect, it } from 'vitest';
import { Scenario } from '../dsl/schema/document';
import { parseMock, parseVar } from './simulate-options';

const scenario = Scenario.parse({
  dsl: 2,
  id: 'vars',
  name: 'Vars',
  locales: ['en-US'],
  variables: {
    name: { type: 'string' },
    amount: { type: 'number' },
    vip: { type: 'boolean' },
    items: { type: 'list' },
  },
  start: 'start',
  nodes: { start: { kind: 'start', on: { call: 'bye' } }, bye: { kind: 'hangup' } },
});

describe('--mock', () => {
  it('reads a status with a JSON body', () => {
    expect(parseMock('crm=200:{"name":"Anna","ids":[1,2]}')).toEqual(['crm', { status: 200, body: { name: 'Anna', ids: [1, 2] } }]);
  });

  it('reads a status without a body', () => {
    expect(parseMock('crm=404')).toEqual(['crm', { status: 404 }]);
  });

  it('reads a timeout and a network error', () => {
    expect(parseMock('crm=timeout')).toEqual(['crm', 'timeout']);
    expect(parseMock('crm=error')).toEqual(['crm', 'error']);
  });

  it('says what is wrong with a body that is not JSON', () => {
    expect(() => parseMock('crm=200:{name}')).toThrow(/--mock "crm=200:\{name\}": the body is not JSON/);
  });

  it('refuses an answer that is neither a status, timeout nor error', () => {
    expect(() => parseMock('crm=slow')).toThrow('"slow" is not <status>:<json>, timeout or error');
    expect(() => parseMock('crm')).toThrow('expected <httpNodeId>=<status>:<json>');
  });
});

describe('--var', () => {
  it('reads each value as the type the scenario declares', () => {
    expect(parseVar('name=Anna Schmidt', scenario)).toEqual(['name', 'Anna Schmidt']);
    expect(parseVar('amount=12.5', scenario)).toEqual(['amount', 12.5]);
    expect(parseVar('vip=true', scenario)).toEqual(['vip', true]);
    expect(parseVar('items=["a","b"]', scenario)).toEqual(['items', ['a', 'b']]);
  });

  it('keeps leading zeros of a string such as a PIN', () => {
    expect(parseVar('name=0123', scenario)).toEqual(['name', '0123']);
  });

  it('refuses a value that does not fit the declared type', () => {
    expect(() => parseVar('amount=lots', scenario)).toThrow('"amount" is a number');
    expect(() => parseVar('vip=yes', scenario)).toThrow('"vip" is true or false');
    expect(() => parseVar('items=a,b', scenario)).toThrow('"items" is a list, give it as JSON');
  });

  it('names the declared variables when the name is unknown', () => {
    expect(() => parseVar('nmae=Anna', scenario)).toThrow('declares no variable "nmae" (declared: name, amount, vip, items)');
  });
});
