import type { HttpMock } from '../dsl/interpret';
import type { Scenario } from '../dsl/schema/document';

export class UsageError extends Error {}

/** `--mock crm=200:{"name":"Anna"}`, `--mock crm=404`, `--mock crm=timeout`, `--mock crm=error`. */
export function parseMock(spec: string): [nodeId: string, mock: HttpMock] {
  const match = /^([^=]+)=(.*)$/s.exec(spec);
  if (!match) throw new UsageError(`--mock "${spec}": expected <httpNodeId>=<status>:<json>, =timeout or =error`);
  const [, nodeId = '', answer = ''] = match;
  if (answer === 'timeout' || answer === 'error') return [nodeId, answer];
  const response = /^(\d{3})(?::(.*))?$/s.exec(answer);
  if (!response) throw new UsageError(`--mock "${spec}": "${answer}" is not <status>:<json>, timeout or error`);
  const status = Number(response[1]);
  if (response[2] === undefined) return [nodeId, { status }];
  try {
    return [nodeId, { status, body: JSON.parse(response[2]) }];
  } catch (error) {
    throw new UsageError(`--mock "${spec}": the body is not JSON (${(error as Error).message})`);
  }
}

/** `--var name=value`, the value read as the type the scenario declares for the variable. */
export function parseVar(spec: string, scenario: Scenario): [name: string, value: unknown] {
  const match = /^([^=]+)=(.*)$/s.exec(spec);
  if (!match) throw new UsageError(`--var "${spec}": expected <name>=<value>`);
  const [, name = '', text = ''] = match;
  const declared = scenario.variables[name];
  if (!declared) {
    const known = Object.keys(scenario.variables).join(', ') || 'none';
    throw new UsageError(`--var "${spec}": the scenario declares no variable "${name}" (declared: ${known})`);
  }
  switch (declared.type) {
    case 'number': {
      const value = Number(text);
      if (text.trim() === '' || Number.isNaN(value)) throw new UsageError(`--var "${spec}": "${name}" is a number`);
      return [name, value];
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new UsageError(`--var "${spec}": "${name}" is true or false`);
      return [name, text === 'true'];
    case 'object':
    case 'list':
      try {
        return [name, JSON.parse(text)];
      } catch {
        throw new UsageError(`--var "${spec}": "${name}" is a ${declared.type}, give it as JSON`);
      }
    default:
      return [name, text];
  }
}
