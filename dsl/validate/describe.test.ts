import { describe, expect, it } from 'vitest';
import { describeNode, fieldLabel } from './describe';

describe('describeNode', () => {
  it('names a node by its kind label and name', () => {
    expect(describeNode('main', { kind: 'menu', name: 'Main menu' })).toBe("Menu 'Main menu'");
    expect(describeNode('crm', { kind: 'http', name: 'CRM lookup' })).toBe("Web request 'CRM lookup'");
  });

  it('falls back to the id when the name is absent or blank', () => {
    expect(describeNode('welcome', { kind: 'say' })).toBe("Say 'welcome'");
    expect(describeNode('welcome', { kind: 'say', name: '  ' })).toBe("Say 'welcome'");
  });

  it('calls anything without a known kind a node', () => {
    expect(describeNode('x', { kind: 'foo', name: 'Foo' })).toBe("Node 'Foo'");
    expect(describeNode('x', null)).toBe("Node 'x'");
    expect(describeNode('x', 'text')).toBe("Node 'x'");
  });

  it('shortens absurdly long names', () => {
    expect(describeNode('x', { kind: 'say', name: 'a'.repeat(500) })).toHaveLength("Say ''".length + 80);
  });
});

describe('fieldLabel', () => {
  it('reads list positions from one', () => {
    expect(fieldLabel(['options', 2, 'label', 'de-DE'])).toBe('options #3 › label › de-DE');
  });
});
