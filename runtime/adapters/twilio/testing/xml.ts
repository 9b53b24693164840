/**
 * A strict little XML reader for the tests' TwiML: elements, attributes, text and the five
 * predefined entities. It rejects what a real parser would (unclosed or crossed tags, a raw
 * "<" or "&", unquoted or repeated attributes), so a malformed document fails the test.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.-]*$/;

function decode(text: string, where: string): string {
  return text.replace(/&([^;]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';') || !(name in ENTITIES)) throw new Error(`bad entity '${whole}' in ${where}`);
    return ENTITIES[name]!;
  });
}

function parseTag(source: string): { name: string; attrs: Record<string, string>; selfClosing: boolean } {
  const selfClosing = source.endsWith('/');
  const body = selfClosing ? source.slice(0, -1) : source;
  const name = /^\S+/.exec(body)?.[0] ?? '';
  if (!NAME.test(name)) throw new Error(`bad element name '${name}'`);
  const attrs: Record<string, string> = {};
  let rest = body.slice(name.length);
  while (rest.trim() !== '') {
    const match = /^\s+([A-Za-z_][\w.:-]*)="([^"<]*)"/.exec(rest);
    if (!match) throw new Error(`bad attribute syntax in <${name}${rest}>`);
    const [whole, attr, value] = match as unknown as [string, string, string];
    if (attr in attrs) throw new Error(`attribute '${attr}' repeated in <${name}>`);
    attrs[attr] = decode(value, `<${name} ${attr}>`);
    rest = rest.slice(whole.length);
  }
  return { name, attrs, selfClosing };
}

export function parseXml(document: string): XmlElement {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
  if (!document.startsWith(declaration)) throw new Error('missing XML declaration');
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const open: XmlElement[] = [root];
  for (const token of document.slice(declaration.length).match(/<[^>]*>|[^<]+/g) ?? []) {
    const parent = open.at(-1)!;
    if (!token.startsWith('<')) {
      if (token.includes('>')) throw new Error(`raw '>' in text '${token}'`);
      if (parent === root) {
        if (token.trim() !== '') throw new Error(`text outside the root element: '${token}'`);
        continue;
      }
      parent.children.push(decode(token, `<${parent.name}> text`));
    } else if (token.startsWith('</')) {
      const name = token.slice(2, -1);
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      open.pop();
    } else {
      const { name, attrs, selfClosing } = parseTag(token.slice(1, -1));
      if (parent === root && root.children.length > 0) throw new Error('more than one root element');
      const element: XmlElement = { name, attrs, children: [] };
      parent.children.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  if (open.length !== 1) throw new Error(`<${open.at(-1)!.name}> is never closed`);
  const [top] = root.children;
  if (!top || typeof top === 'string') throw new Error('no root element');
  return top;
}

export const elements = (element: XmlElement): XmlElement[] => element.children.filter((c): c is XmlElement => typeof c !== 'string');
export const textOf = (element: XmlElement): string => element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/** Every element below, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return elements(element).flatMap((child) => [child, ...descendants(child)]);
}
