import { NODE_DEFINITIONS, type NodeKind } from '../../dsl/nodes';
import { KIND_LABELS } from '../../dsl/validate/describe';
import { addBundles } from '../i18n';

type KindWords = Record<NodeKind, { label: string; summary: string }>;

// English comes from the dsl, where the validator's messages use the same words.
const en = Object.fromEntries(NODE_DEFINITIONS.map((d) => [d.kind, { label: KIND_LABELS[d.kind], summary: d.summary }])) as KindWords;

const de: KindWords = {
  start: { label: 'Start', summary: 'Einstieg je Auslöser: Anruf, Chat, SMS, ausgehend/API, Teilablauf' },
  say: { label: 'Ansage', summary: 'Text sprechen oder Audio abspielen; im Chat als Nachricht senden' },
  menu: { label: 'Menü', summary: 'Sprachmenü mit Tasten, gesprochenen Stichwörtern und Chat-Knöpfen' },
  ask: { label: 'Abfrage', summary: 'Eine Antwort mit Prüfung in eine Variable übernehmen' },
  branch: { label: 'Verzweigung', summary: 'Der ersten zutreffenden Bedingung folgen, sonst „else“' },
  set: { label: 'Setzen', summary: 'Variablen aus Ausdrücken zuweisen' },
  http: { label: 'Web-Anfrage', summary: 'CRM oder Web-API aufrufen und die Antwort in Variablen übernehmen' },
  schedule: { label: 'Geschäftszeiten', summary: 'Öffnungszeiten und Feiertage in einer Zeitzone' },
  callerList: { label: 'Anruferliste', summary: 'Rufnummer des Anrufers in einer Sperr- oder Freigabeliste suchen' },
  language: { label: 'Sprache', summary: 'Die Sprache des Gesprächs wechseln' },
  transfer: { label: 'Weiterleitung', summary: 'An eine Nummer, SIP-Adresse oder einen Agenten weiterleiten, mit Ansage für den Agenten' },
  queue: { label: 'Warteschlange', summary: 'In einer Agenten-Warteschlange mit Wartemusik und Ansagen warten' },
  voicemail: { label: 'Sprachbox', summary: 'Eine Nachricht in ein Postfach aufnehmen' },
  record: { label: 'Aufzeichnung', summary: 'Das Gespräch nach einem Hinweis mit Widerspruchsmöglichkeit aufzeichnen' },
  bot: { label: 'Roboter', summary: 'Dialog mit einem Roboter (NLU, Webhook oder LLM), Ausgang je Absicht' },
  message: { label: 'Nachricht', summary: 'Eine SMS oder Chat-Nachricht senden' },
  tag: { label: 'Markierung', summary: 'Gesprächsstatus und Markierungen für Routing und Berichte' },
  subflow: { label: 'Teilablauf', summary: 'Ein anderes Szenario (feste Version) mit Ein- und Ausgaben ausführen' },
  hangup: { label: 'Auflegen', summary: 'Anruf oder Chat beenden' },
  return: { label: 'Zurück', summary: 'Diesen Teilablauf beenden und zum aufrufenden Szenario zurückkehren' },
};

const fr: KindWords = {
  start: { label: 'Début', summary: 'Point d’entrée par déclencheur : appel, chat, SMS, sortant/API, sous-flux' },
  say: { label: 'Annonce', summary: 'Dire un texte ou jouer un son ; en chat, l’envoyer en message' },
  menu: { label: 'Menu', summary: 'Menu vocal avec touches, mots-clés parlés et boutons de chat' },
  ask: { label: 'Question', summary: 'Recueillir une réponse validée dans une variable' },
  branch: { label: 'Condition', summary: 'Suivre la première condition vraie, sinon « else »' },
  set: { label: 'Affecter', summary: 'Affecter des variables à partir d’expressions' },
  http: { label: 'Requête web', summary: 'Appeler un CRM ou une API web et reprendre la réponse dans des variables' },
  schedule: { label: 'Horaires', summary: 'Heures d’ouverture et jours fériés dans un fuseau horaire' },
  callerList: { label: 'Liste d’appelants', summary: 'Chercher le numéro de l’appelant dans une liste noire ou blanche' },
  language: { label: 'Langue', summary: 'Changer la langue de la conversation' },
  transfer: { label: 'Transfert', summary: 'Transférer vers un numéro, une adresse SIP ou un agent, avec annonce à l’agent' },
  queue: { label: 'File d’attente', summary: 'Attendre dans une file d’agents avec musique et annonces' },
  voicemail: { label: 'Messagerie', summary: 'Enregistrer un message dans une boîte vocale' },
  record: { label: 'Enregistrement', summary: 'Enregistrer l’appel après un avis avec possibilité de refus' },
  bot: { label: 'Robot', summary: 'Dialogue avec un robot (NLU, webhook ou LLM), sortie par intention' },
  message: { label: 'Message', summary: 'Envoyer un SMS ou un message de chat' },
  tag: { label: 'Étiquette', summary: 'Statut de la conversation et étiquettes pour le routage et les rapports' },
  subflow: { label: 'Sous-flux', summary: 'Exécuter un autre scénario (version figée) avec entrées et sorties' },
  hangup: { label: 'Raccrocher', summary: 'Terminer l’appel ou le chat' },
  return: { label: 'Retour', summary: 'Terminer ce sous-flux et revenir au scénario appelant' },
};

// What the canvas nodes show besides the scenario's own values: fact labels and the few words between them.
// Scenario values (prompts, names, expressions, enum values such as a hangup reason) and port names stay as written.
const enBodies = {
  common: { noPrompt: 'No prompt yet', requiredPort: '{{port}} (must be connected)' },
  start: { answers: 'Answers inbound calls', unanswered: 'Leaves inbound calls unanswered' },
  menu: { keyword: '“{{word}}”' },
  ask: { into: 'Into' },
  set: { more_one: '+{{count}} more', more_other: '+{{count}} more' },
  http: { sets: 'Sets' },
  schedule: {
    timezone: 'Time zone', open: 'Open', never: 'never', holidays: 'Holidays',
    days: { mon: 'mon', tue: 'tue', wed: 'wed', thu: 'thu', fri: 'fri', sat: 'sat', sun: 'sun' },
  },
  callerList: { purpose: 'Purpose', list: 'List', numbers: 'Numbers' },
  language: { continueIn: 'Continue in' },
  transfer: { target: { number: 'Number', sip: 'SIP', agent: 'Agent' } },
  queue: { queue: 'Queue', priority: 'priority {{priority}}', skills: 'Skills' },
  voicemail: { mailbox: 'Mailbox' },
  record: { recording: 'Recording', optOut: 'Opt out' },
  bot: { robot: 'Robot', llm: 'LLM {{model}}', webhook: 'Webhook', nlu: 'Built-in NLU', intents: 'Intents' },
  message: { by: 'By' },
  tag: { status: 'Status' },
  subflow: { runs: 'Runs', revision: 'Revision', draft: 'current draft' },
  hangup: { reason: 'Reason' },
  return: { outcome: 'Outcome' },
};

/** The same keys as English, every one translated. */
type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };
type BodyWords = Words<typeof enBodies>;

const deBodies: BodyWords = {
  common: { noPrompt: 'Noch keine Ansage', requiredPort: '{{port}} (muss verbunden sein)' },
  start: { answers: 'Nimmt eingehende Anrufe an', unanswered: 'Nimmt eingehende Anrufe nicht an' },
  menu: { keyword: '„{{word}}“' },
  ask: { into: 'Speichern in' },
  set: { more_one: '+{{count}} weitere', more_other: '+{{count}} weitere' },
  http: { sets: 'Setzt' },
  schedule: {
    timezone: 'Zeitzone', open: 'Geöffnet', never: 'nie', holidays: 'Feiertage',
    days: { mon: 'Mo', tue: 'Di', wed: 'Mi', thu: 'Do', fri: 'Fr', sat: 'Sa', sun: 'So' },
  },
  callerList: { purpose: 'Zweck', list: 'Liste', numbers: 'Rufnummern' },
  language: { continueIn: 'Weiter auf' },
  transfer: { target: { number: 'Rufnummer', sip: 'SIP', agent: 'Agent' } },
  queue: { queue: 'Warteschlange', priority: 'Priorität {{priority}}', skills: 'Fähigkeiten' },
  voicemail: { mailbox: 'Postfach' },
  record: { recording: 'Aufzeichnung', optOut: 'Widerspruch' },
  bot: { robot: 'Roboter', llm: 'LLM {{model}}', webhook: 'Webhook', nlu: 'Integrierte NLU', intents: 'Absichten' },
  message: { by: 'Per' },
  tag: { status: 'Status' },
  subflow: { runs: 'Führt aus', revision: 'Revision', draft: 'aktueller Entwurf' },
  hangup: { reason: 'Grund' },
  return: { outcome: 'Ergebnis' },
};

// Guillemets take a no-break space inside, so a line never starts with a lone «.
const frBodies: BodyWords = {
  common: { noPrompt: 'Aucun message pour l’instant', requiredPort: '{{port}} (doit être relié)' },
  start: { answers: 'Répond aux appels entrants', unanswered: 'Laisse les appels entrants sans réponse' },
  menu: { keyword: '«\u00a0{{word}}\u00a0»' },
  ask: { into: 'Enregistrer dans' },
  set: { more_one: '+{{count}} autre', more_other: '+{{count}} autres' },
  http: { sets: 'Affecte' },
  schedule: {
    timezone: 'Fuseau horaire', open: 'Ouvert', never: 'jamais', holidays: 'Jours fériés',
    days: { mon: 'lun', tue: 'mar', wed: 'mer', thu: 'jeu', fri: 'ven', sat: 'sam', sun: 'dim' },
  },
  callerList: { purpose: 'Usage', list: 'Liste', numbers: 'Numéros' },
  language: { continueIn: 'Continuer en' },
  transfer: { target: { number: 'Numéro', sip: 'SIP', agent: 'Agent' } },
  queue: { queue: 'File d’attente', priority: 'priorité {{priority}}', skills: 'Compétences' },
  voicemail: { mailbox: 'Boîte vocale' },
  record: { recording: 'Enregistrement', optOut: 'Refus' },
  bot: { robot: 'Robot', llm: 'LLM {{model}}', webhook: 'Webhook', nlu: 'NLU intégrée', intents: 'Intentions' },
  message: { by: 'Par' },
  tag: { status: 'Statut' },
  subflow: { runs: 'Exécute', revision: 'Révision', draft: 'brouillon actuel' },
  hangup: { reason: 'Motif' },
  return: { outcome: 'Issue' },
};

/**
 * Node kinds' names and summaries, and the words their canvas nodes show, in the `kinds` namespace:
 * `t('menu.label', { ns: 'kinds' })`, `t('hangup.reason', { ns: 'kinds' })`.
 */
export const KINDS_NAMESPACE = 'kinds';
addBundles(KINDS_NAMESPACE, { en, de, fr });
// Added deep, so each kind's body words sit beside its label and summary.
addBundles(KINDS_NAMESPACE, { en: enBodies, de: deBodies, fr: frBodies });
