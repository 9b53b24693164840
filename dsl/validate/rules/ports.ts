import type { Diagnostic } from '../../diagnostics';
import type { Node } from '../../nodes';
import { strayPorts } from '../../nodes/ports';
import { links } from '../facts';
import { exists } from '../graph';
import { didYouMean } from '../suggest';
import type { Rule, RuleContext } from '../types';

/** "when … the call ends": what makes a node leave by an optional port. */
const SITUATIONS: Record<string, string> = {
  noInput: 'the caller gives no input',
  noMatch: 'the caller\'s choice is not recognised',
  invalid: 'the answer stays invalid',
  busy: 'the line is busy',
  noAnswer: 'nobody answers',
  failed: 'the transfer fails',
  full: 'the queue is full',
  holiday: 'it is a holiday',
  declined: 'the caller declines the recording',
  handoff: 'the robot hands over to a person',
};

function situation(node: Node, port: string): string {
  if (node.kind === 'http' && port === 'error') return 'the request fails';
  if (node.kind === 'http' && port === 'timeout') return 'the request takes too long';
  if (node.kind === 'subflow' && port === 'error') return 'the subflow fails';
  return Object.hasOwn(SITUATIONS, port) ? (SITUATIONS[port] as string) : `it leaves by '${port}'`;
}

/** How a person names a port: "key 3", "option 'billing'", "intent 'agent'". */
function portPhrase(node: Node, port: string): string {
  if (node.kind === 'menu') {
    const option = node.options.find((o) => o.port === port);
    if (option?.dtmf) return `key ${option.dtmf}`;
    if (option) return `option '${port}'`;
  }
  if (node.kind === 'branch') {
    const condition = node.conditions.find((c) => c.port === port);
    if (condition) return `condition '${condition.label ?? port}'`;
  }
  if (node.kind === 'bot' && node.intents.some((i) => i.name === port)) return `intent '${port}'`;
  if (port === 'next') return 'the next step';
  return `port '${port}'`;
}

function sessionWord(context: RuleContext): string {
  const { channels } = context.doc;
  if (channels.every((c) => c === 'voice')) return 'call';
  if (!channels.includes('voice')) return 'conversation';
  return 'call or chat';
}

const portPath = (id: string, port: string) => (port === 'next' ? ['nodes', id, 'next'] : ['nodes', id, 'on', port]);

/** Every port leads to an existing node; required ports are connected; `on` holds only real ports. */
export const portsRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  const all = links(context);
  for (const [id, node] of context.nodes) {
    const subject = context.describe(id);
    const nodeLinks = all.get(id) ?? [];
    for (const link of nodeLinks) {
      const at = { nodeId: id, port: link.name, path: portPath(id, link.name) };
      const phrase = portPhrase(node, link.name);
      if (link.target !== undefined && !exists(context, link.target)) {
        const hint = didYouMean(link.target, context.order);
        diagnostics.push({
          ...at,
          severity: 'error',
          code: 'port.unknownTarget',
          message: `${subject}: port '${link.name}' leads to '${link.target}', which does not exist${hint}`,
        });
      } else if (link.target === undefined && link.required) {
        diagnostics.push({ ...at, severity: 'error', code: 'port.unconnected', message: `${subject}: ${phrase} leads nowhere` });
      } else if (link.target === undefined && node.kind !== 'start' && !(node.kind === 'bot' && link.name === 'error')) {
        // Start triggers are optional by nature; the start rule checks them against the channels.
        // A robot whose controller fails without an 'error' port leaves by 'fallback': nothing ends.
        diagnostics.push({
          ...at,
          severity: 'info',
          code: 'port.optionalUnconnected',
          message: `${subject}: when ${situation(node, link.name)} the ${sessionWord(context)} ends`,
        });
      }
    }
    const known = nodeLinks.map((link) => link.name);
    for (const port of strayPorts(node))
      diagnostics.push({
        severity: 'error',
        code: 'port.stray',
        message: `${subject}: '${port}' is not one of its ports${didYouMean(port, known)}`,
        nodeId: id,
        port,
        path: ['nodes', id, 'on', port],
      });
  }
  return diagnostics;
};
