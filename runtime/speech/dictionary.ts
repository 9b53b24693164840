import { readFile } from 'node:fs/promises';

export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

const loaded = new Map<string, Promise<Set<string>>>();

/** The words of a CMU pronunciation dictionary ("word(2)" alternates fold into "word"); read once per file. */
export function dictionaryWords(file: string): Promise<Set<string>> {
  let words = loaded.get(file);
  if (!words) {
    words = readFile(file, 'utf8').then((text) => {
      const set = new Set<string>();
      for (const line of text.split('\n')) {
        const end = line.indexOf(' ');
        if (end > 0) set.add(line.slice(0, end).replace(/\(\d+\)$/, ''));
      }
      return set;
    });
    // A failed read (model not installed yet) is retried on the next call rather than remembered.
    words.catch(() => loaded.delete(file));
    loaded.set(file, words);
  }
  return words;
}
