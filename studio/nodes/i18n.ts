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

/** Node kinds' names and summaries, in the `kinds` namespace: `t('menu.label', { ns: 'kinds' })`. */
export const KINDS_NAMESPACE = 'kinds';
addBundles(KINDS_NAMESPACE, { en, de, fr });
