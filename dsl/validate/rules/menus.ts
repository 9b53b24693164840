import type { Diagnostic } from '../../diagnostics';
import type { NodeOf } from '../../nodes';
import type { Rule } from '../types';

/** Ports every menu has besides its options. */
const MENU_PORTS = ['noInput', 'noMatch'];

function checkMenu(subject: string, id: string, menu: NodeOf<'menu'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (index: number, field: string, port: string) => ({ nodeId: id, port, path: ['nodes', id, 'options', index, field] });
  const byKey = new Map<string, string>();
  const byPort = new Set<string>();
  const byKeyword = new Map<string, string>();
  menu.options.forEach((option, index) => {
    const { port } = option;
    if (byPort.has(port))
      diagnostics.push({
        ...at(index, 'port', port),
        severity: 'error',
        code: 'menu.duplicatePort',
        message: `${subject}: two options use the port '${port}'; give each option its own port`,
      });
    else if (MENU_PORTS.includes(port))
      diagnostics.push({
        ...at(index, 'port', port),
        severity: 'error',
        code: 'menu.reservedPort',
        message: `${subject}: an option may not be called '${port}', which is the menu's own port; rename the option`,
      });
    byPort.add(port);

    if (option.dtmf !== undefined) {
      const other = byKey.get(option.dtmf);
      if (other !== undefined && other !== port)
        diagnostics.push({
          ...at(index, 'dtmf', port),
          severity: 'error',
          code: 'menu.duplicateKey',
          message: `${subject}: key ${option.dtmf} is used by both '${other}' and '${port}'`,
        });
      else byKey.set(option.dtmf, port);
    }

    const seen = new Set<string>();
    for (const [locale, words] of Object.entries(option.keywords ?? {})) {
      for (const word of words) {
        const normal = `${locale}\u0000${word.trim().toLowerCase()}`;
        if (seen.has(normal)) continue;
        seen.add(normal);
        const other = byKeyword.get(normal);
        if (other !== undefined && other !== port)
          diagnostics.push({
            ...at(index, 'keywords', port),
            path: ['nodes', id, 'options', index, 'keywords', locale],
            severity: 'warning',
            code: 'menu.duplicateKeyword',
            message: `${subject}: the word '${word.trim()}' (${locale}) selects both '${other}' and '${port}'`,
          });
        else byKeyword.set(normal, port);
      }
    }

    const hasKeywords = Object.values(option.keywords ?? {}).some((words) => words.length > 0);
    if (option.dtmf === undefined && !hasKeywords && option.label === undefined)
      diagnostics.push({
        ...at(index, 'port', port),
        path: ['nodes', id, 'options', index],
        severity: 'warning',
        code: 'menu.unselectable',
        message: `${subject}: option '${port}' has no key, keyword or button text, so nobody can choose it`,
      });
  });
  return diagnostics;
}

/** Menu options can each be told apart: own port, own key, own words. */
export const menusRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) if (node.kind === 'menu') diagnostics.push(...checkMenu(context.describe(id), id, node));
  return diagnostics;
};
