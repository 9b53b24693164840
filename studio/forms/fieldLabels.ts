import { addBundles } from '../i18n';

/**
 * German and French names of the schema keys that forms show. English labels are the keys
 * themselves ("noInputPrompt" → "No input prompt"); a key missing here falls back to that.
 * English only lists the keys that would read wrong that way (acronyms).
 */
const en: Record<string, string> = {
  url: 'URL', baseUrl: 'Base URL', sms: 'SMS', callerId: 'Caller ID', dtmf: 'Key', optOutKey: 'Opt-out key',
  tokenEnv: 'Token variable', apiKeyEnv: 'API key variable',
};

const de: Record<string, string> = {
  action: 'Aktion', announce: 'Ansage', announceEvery: 'Ansage alle', answer: 'Antwort', audio: 'Audio', assign: 'Zuweisungen',
  bargeIn: 'Unterbrechen erlaubt', baseUrl: 'Basis-URL', beep: 'Signalton', body: 'Inhalt', callerId: 'Angezeigte Nummer',
  channel: 'Kanal', channels: 'Kanäle', conditions: 'Bedingungen', consent: 'Einwilligung', controller: 'Steuerung', date: 'Datum',
  default: 'Standardwert', description: 'Beschreibung', dtmf: 'Taste', email: 'E-Mail', exit: 'Ausgang', fallbackPrompt: 'Ansage bei Nichtverstehen',
  finishOnKey: 'Abschlusstaste', from: 'Von', greeting: 'Begrüßung', headers: 'Header', holdMusic: 'Wartemusik', holdPrompt: 'Warteansage',
  holidays: 'Feiertage', hours: 'Öffnungszeiten', input: 'Eingabe', inputs: 'Eingaben', intentVariable: 'Variable für die Absicht',
  intents: 'Absichten', invalidPrompt: 'Ansage bei ungültiger Antwort', keywords: 'Schlüsselwörter', knowledge: 'Wissen', label: 'Beschriftung',
  list: 'Liste', locale: 'Sprache', locales: 'Sprachen', mailbox: 'Mailbox', map: 'Zuordnung', max: 'Höchstwert', maxDigits: 'Max. Ziffern',
  maxLength: 'Max. Länge', maxSize: 'Max. Größe', maxTurns: 'Max. Runden', maxWait: 'Max. Wartezeit', method: 'Methode', min: 'Mindestwert',
  minLength: 'Min. Länge', model: 'Modell', modes: 'Eingabearten', name: 'Name', noInputPrompt: 'Ansage ohne Eingabe',
  noMatchPrompt: 'Ansage bei unbekannter Wahl', notify: 'Benachrichtigen', numbers: 'Nummern', optOutKey: 'Ablehnungstaste',
  optOutWindow: 'Ablehnungsfrist', options: 'Optionen', outcome: 'Ergebnis', outputs: 'Ausgaben', pattern: 'Muster', port: 'Ausgang',
  positionPrompt: 'Ansage der Position', priority: 'Priorität', prompt: 'Ansage', purpose: 'Zweck', queue: 'Warteschlange', reason: 'Grund',
  retries: 'Wiederholungen', revision: 'Revision', scenario: 'Szenario', sensitive: 'Vertraulich', skills: 'Fähigkeiten', sms: 'SMS',
  status: 'Status', systemPrompt: 'Systemanweisung', tags: 'Tags', target: 'Ziel', text: 'Text', threshold: 'Schwelle', timeout: 'Zeitlimit',
  timezone: 'Zeitzone', to: 'Bis', transcribe: 'Transkribieren', type: 'Typ', url: 'URL', utterances: 'Beispielsätze', value: 'Wert',
  variable: 'Variable', variables: 'Variablen', when: 'Wenn', whisper: 'Ansage für den Agenten',
  tokenEnv: 'Variable für das Token', apiKeyEnv: 'Variable für den API-Schlüssel',
  mon: 'Mo', tue: 'Di', wed: 'Mi', thu: 'Do', fri: 'Fr', sat: 'Sa', sun: 'So',
};

const fr: Record<string, string> = {
  action: 'Action', announce: 'Annonce', announceEvery: 'Annonce toutes les', answer: 'Réponse', audio: 'Audio', assign: 'Affectations',
  bargeIn: 'Interruption permise', baseUrl: 'URL de base', beep: 'Bip', body: 'Corps', callerId: 'Numéro affiché', channel: 'Canal',
  channels: 'Canaux', conditions: 'Conditions', consent: 'Consentement', controller: 'Pilotage', date: 'Date', default: 'Valeur par défaut',
  description: 'Description', dtmf: 'Touche', email: 'E-mail', exit: 'Sortie', fallbackPrompt: 'Message si incompris', finishOnKey: 'Touche de fin',
  from: 'De', greeting: 'Accueil', headers: 'En-têtes', holdMusic: 'Musique d’attente', holdPrompt: 'Message d’attente', holidays: 'Jours fériés',
  hours: 'Horaires', input: 'Entrée', inputs: 'Entrées', intentVariable: 'Variable de l’intention', intents: 'Intentions',
  invalidPrompt: 'Message si réponse invalide', keywords: 'Mots-clés', knowledge: 'Connaissances', label: 'Libellé', list: 'Liste',
  locale: 'Langue', locales: 'Langues', mailbox: 'Messagerie', map: 'Correspondance', max: 'Maximum', maxDigits: 'Chiffres max.',
  maxLength: 'Longueur max.', maxSize: 'Taille max.', maxTurns: 'Tours max.', maxWait: 'Attente max.', method: 'Méthode', min: 'Minimum',
  minLength: 'Longueur min.', model: 'Modèle', modes: 'Modes de saisie', name: 'Nom', noInputPrompt: 'Message sans saisie',
  noMatchPrompt: 'Message si choix inconnu', notify: 'Notifier', numbers: 'Numéros', optOutKey: 'Touche de refus', optOutWindow: 'Délai de refus',
  options: 'Options', outcome: 'Issue', outputs: 'Sorties', pattern: 'Motif', port: 'Sortie', positionPrompt: 'Annonce de la position',
  priority: 'Priorité', prompt: 'Message', purpose: 'Usage', queue: 'File d’attente', reason: 'Motif', retries: 'Nouvelles tentatives',
  revision: 'Révision', scenario: 'Scénario', sensitive: 'Confidentiel', skills: 'Compétences', sms: 'SMS', status: 'Statut',
  systemPrompt: 'Instruction système', tags: 'Étiquettes', target: 'Cible', text: 'Texte', threshold: 'Seuil', timeout: 'Délai',
  timezone: 'Fuseau horaire', to: 'À', transcribe: 'Transcrire', type: 'Type', url: 'URL', utterances: 'Exemples de phrases', value: 'Valeur',
  variable: 'Variable', variables: 'Variables', when: 'Si', whisper: 'Message pour l’agent',
  tokenEnv: 'Variable du jeton', apiKeyEnv: 'Variable de la clé d’API',
  mon: 'Lun', tue: 'Mar', wed: 'Mer', thu: 'Jeu', fri: 'Ven', sat: 'Sam', sun: 'Dim',
};

addBundles('formsFields', { en, de, fr });
