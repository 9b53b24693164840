import type { ScenarioInput } from '../../dsl/schema/document';
import type { Document } from '../api/scenarios';

/** Scenario ids: what dsl/schema/document.ts accepts. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** "Hotline Süd (neu)" → "hotline-sud-neu": a suggestion the person may still edit. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** The first id of `base`, `base-2`, `base-3`… that nobody uses yet. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const stem = slugify(base) || 'scenario';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem.slice(0, 95)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const LOCALE_OF_LANGUAGE: Record<string, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR' };

/** The smallest valid scenario: a call comes in and is ended, ready to be built upon. */
export function blankScenario(id: string, name: string, language: string): ScenarioInput {
  return {
    dsl: 2,
    id,
    name,
    locales: [LOCALE_OF_LANGUAGE[language] ?? 'en-US'],
    channels: ['voice'],
    variables: {},
    start: 'start',
    nodes: {
      start: { kind: 'start', name: 'Start', on: { call: 'goodbye' }, ui: { x: 0, y: 0 } },
      goodbye: { kind: 'hangup', name: 'Hang up', ui: { x: 320, y: 0 } },
    },
  };
}

/** A copy of a document under a new identity; everything else stays as it was. */
export function copyOf(document: Document, id: string, name: string): Document {
  const { $schema: _schema, ...rest } = document;
  return { ...structuredClone(rest), id, name };
}

/** The examples shipped with the runtime, bundled so templates work even after the copies are deleted. */
export const TEMPLATES: Document[] = Object.values(
  import.meta.glob<Document>('../../examples/*.json', { eager: true, import: 'default' }),
).sort((a, b) => String(a.name).localeCompare(String(b.name)));

export function downloadJson(fileName: string, document: unknown): void {
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
