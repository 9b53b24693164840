import { addBundles } from '../../../i18n';

/** The problems panel's words, in their own namespace (`useTranslation('problems')`). */
const strings = {
  en: {
    title: 'Problems',
    none: 'No problems found.',
    error: 'Errors ({{count}})',
    warning: 'Warnings ({{count}})',
    info: 'Info ({{count}})',
    scenario: 'Scenario',
    show: 'Show {{node}} on the canvas',
  },
  de: {
    title: 'Probleme',
    none: 'Keine Probleme gefunden.',
    error: 'Fehler ({{count}})',
    warning: 'Warnungen ({{count}})',
    info: 'Hinweise ({{count}})',
    scenario: 'Szenario',
    show: '{{node}} auf der Arbeitsfläche zeigen',
  },
  fr: {
    title: 'Problèmes',
    none: 'Aucun problème trouvé.',
    error: 'Erreurs ({{count}})',
    warning: 'Avertissements ({{count}})',
    info: 'Informations ({{count}})',
    scenario: 'Scénario',
    show: 'Afficher {{node}} sur le canevas',
  },
};

addBundles('problems', strings);
