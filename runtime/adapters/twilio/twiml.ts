/** A TwiML verb or noun: element name, attributes (undefined ones are left out), children. */
export interface Verb {
  name: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: (Verb | string)[];
}

export const verb = (name: string, attrs: Verb['attrs'] = {}, ...children: (Verb | string)[]): Verb => ({ name, attrs, children });

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 forbids outright; a prompt pasted from somewhere may carry them. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(node: Verb | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${children.map(render).join('')}</${node.name}>`;
}

/** A complete TwiML document. */
export function twimlDocument(verbs: Verb[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.map(render).join('')}</Response>`;
}
