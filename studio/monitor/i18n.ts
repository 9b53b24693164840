// The shared setup must run first: a bundle added before i18next.init() would be lost.
import i18next from '../i18n';

/** Strings of the live view panel and the sessions list; studio/i18n's shared bundles stay untouched. */
const en = {
  title: 'Live',
  refresh: 'Refresh',
  live: 'Live updates',
  offline: 'Not live',
  heat: 'Visits per node',
  heatHint: 'Counted over {{count}} sessions of this scenario; hotter nodes were visited more often.',
  noSessions: 'No sessions yet. Publish the scenario and bind a number or chat channel to see calls here.',
  fewer: 'fewer',
  more: 'more ({{max}})',
  recent: 'Recent sessions',
  trace: 'Trace',
  close: 'Close',
  loading: 'Loading…',
  status: { active: 'Active', ended: 'Ended', failed: 'Failed' },
  channels: { voice: 'Voice', chat: 'Chat', sms: 'SMS' },
  steps: '{{count}} steps',
  at: 'at {{node}}',
  sessionsTitle: 'Sessions',
  sessionsLead: 'Recent calls and chats across all scenarios, with what happened in each.',
  scenario: 'Scenario',
  started: 'Started',
  caller: 'Caller',
  result: 'Result',
};

type Bundle = typeof en;

const de: Bundle = {
  title: 'Live',
  refresh: 'Aktualisieren',
  live: 'Live-Aktualisierung',
  offline: 'Nicht live',
  heat: 'Besuche je Knoten',
  heatHint: 'Gezählt über {{count}} Sitzungen dieses Szenarios; wärmere Knoten wurden öfter besucht.',
  noSessions: 'Noch keine Sitzungen. Veröffentlichen Sie das Szenario und verknüpfen Sie eine Nummer oder einen Chat-Kanal, um Anrufe hier zu sehen.',
  fewer: 'weniger',
  more: 'mehr ({{max}})',
  recent: 'Letzte Sitzungen',
  trace: 'Ablauf',
  close: 'Schließen',
  loading: 'Wird geladen…',
  status: { active: 'Aktiv', ended: 'Beendet', failed: 'Fehlgeschlagen' },
  channels: { voice: 'Sprache', chat: 'Chat', sms: 'SMS' },
  steps: '{{count}} Schritte',
  at: 'bei {{node}}',
  sessionsTitle: 'Sitzungen',
  sessionsLead: 'Letzte Anrufe und Chats aller Szenarien, mit ihrem Ablauf.',
  scenario: 'Szenario',
  started: 'Beginn',
  caller: 'Anrufer',
  result: 'Ergebnis',
};

const fr: Bundle = {
  title: 'En direct',
  refresh: 'Actualiser',
  live: 'Mises à jour en direct',
  offline: 'Hors ligne',
  heat: 'Passages par nœud',
  heatHint: 'Compté sur {{count}} sessions de ce scénario ; les nœuds les plus chauds ont été les plus visités.',
  noSessions: 'Pas encore de session. Publiez le scénario et associez-lui un numéro ou un canal de chat pour voir les appels ici.',
  fewer: 'moins',
  more: 'plus ({{max}})',
  recent: 'Sessions récentes',
  trace: 'Déroulé',
  close: 'Fermer',
  loading: 'Chargement…',
  status: { active: 'En cours', ended: 'Terminée', failed: 'Échouée' },
  channels: { voice: 'Voix', chat: 'Chat', sms: 'SMS' },
  steps: '{{count}} étapes',
  at: 'à {{node}}',
  sessionsTitle: 'Sessions',
  sessionsLead: 'Appels et conversations récents de tous les scénarios, avec leur déroulé.',
  scenario: 'Scénario',
  started: 'Début',
  caller: 'Appelant',
  result: 'Résultat',
};

export const NAMESPACE = 'live';
for (const [lang, bundle] of Object.entries({ en, de, fr })) i18next.addResourceBundle(lang, NAMESPACE, bundle, true, true);
