import { addBundles } from '../../../i18n';

/** The JSON panel's words, in their own namespace (`useTranslation('json')`). */
const strings = {
  en: {
    title: 'JSON',
    loading: 'Loading the JSON editor…',
    loadFailed: 'The JSON editor could not be loaded: {{message}}',
    invalid: 'Line {{line}}, column {{column}}: {{message}}',
    invalidHint: 'The flow keeps its last valid version until the JSON is valid again.',
    editorLabel: 'Scenario as JSON',
  },
  de: {
    title: 'JSON',
    loading: 'JSON-Editor wird geladen…',
    loadFailed: 'Der JSON-Editor konnte nicht geladen werden: {{message}}',
    invalid: 'Zeile {{line}}, Spalte {{column}}: {{message}}',
    invalidHint: 'Der Ablauf behält seine letzte gültige Fassung, bis das JSON wieder gültig ist.',
    editorLabel: 'Szenario als JSON',
  },
  fr: {
    title: 'JSON',
    loading: 'Chargement de l’éditeur JSON…',
    loadFailed: 'L’éditeur JSON n’a pas pu être chargé : {{message}}',
    invalid: 'Ligne {{line}}, colonne {{column}} : {{message}}',
    invalidHint: 'Le flux garde sa dernière version valide jusqu’à ce que le JSON soit de nouveau valide.',
    editorLabel: 'Scénario en JSON',
  },
};

addBundles('json', strings);
