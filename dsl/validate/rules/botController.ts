import type { Diagnostic } from '../../diagnostics';
import type { Rule } from '../types';

const isHttpUrl = (text: string) => /^https?:\/\/[^\s/]+/i.test(text);

/** A webhook or LLM bot names a reachable http(s) endpoint; without one every turn would take the error path. */
export const botControllerRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    if (node.kind !== 'bot') continue;
    const { controller } = node;
    const url = controller.type === 'webhook' ? controller.url : controller.type === 'llm' ? controller.baseUrl : undefined;
    if (url === undefined || isHttpUrl(url)) continue;
    const field = controller.type === 'webhook' ? 'url' : 'baseUrl';
    diagnostics.push({
      severity: 'error',
      code: 'bot.controllerUrl',
      nodeId: id,
      path: ['nodes', id, 'controller', field],
      message: `${context.describe(id)}: the ${controller.type === 'webhook' ? 'webhook URL' : 'LLM base URL'} '${url}' is not an http(s) URL`,
    });
  }
  return diagnostics;
};
