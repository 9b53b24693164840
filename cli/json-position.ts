const ESCAPES = '"\\/bfnrtu';

/**
 * Offset of the first character that makes `text` invalid JSON, or undefined when it is valid.
 * V8 names the offset for some errors only ("Unexpected token ']'" has none), and a user
 * fixing a scenario by hand needs the line either way.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (char: string) => (text[i] === char ? i++ : fail());

  const string = () => {
    expect('"');
    while (i < text.length) {
      const char = text[i] as string;
      if (char === '"') return void i++;
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        if (!ESCAPES.includes(text[i] ?? '"') || i >= text.length) fail();
        if (text[i] === 'u') for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[++i] ?? '')) fail();
      }
      i++;
    }
    fail();
  };

  const list = (close: string, item: () => void) => {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipSpace();
      if (text[i] === close) return void i++;
      expect(',');
      skipSpace();
    }
  };

  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') return list('}', () => (string(), skipSpace(), expect(':'), value()));
    if (char === '[') return list(']', value);
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) if (char === word[0]) return literal(word);
    number();
  };

  // Scanned by hand so that a broken number fails where V8 says: at the missing digit.
  const isDigit = () => (text[i] ?? '') >= '0' && (text[i] ?? '') <= '9';
  const digits = () => {
    if (!isDigit()) fail();
    while (isDigit()) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') (i++, digits());
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };

  const literal = (word: string) => {
    for (const char of word) expect(char);
  };

  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
