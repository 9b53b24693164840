/**
 * French help texts under form fields, keyed by the English `.describe()` text of the dsl's schemas.
 * Port names, enum values, variables, JSON and examples stay as written: they are what users type.
 */
export const fr: Record<string, string> = {
  // dsl/schema/document.ts
  'A Callflow Studio scenario': 'Un scénario Callflow Studio',
  'Format version of this document': 'Version du format de ce document',
  'Locales every prompt must have; the first is the default': 'Langues que chaque message doit avoir ; la première est la langue par défaut',
  'May be set when the session starts (API call, subflow input)': 'Peut être définie au début de la session (appel d’API, entrée d’un sous-flux)',
  'Masked in traces and statistics': 'Masquée dans les traces et les statistiques',
  'Id of the start node': 'Identifiant du nœud de début',
  'Sticky notes on the canvas': 'Notes épinglées sur le canevas',

  // dsl/schema/common.ts
  'Stable node id, unique in the scenario': 'Identifiant stable du nœud, unique dans le scénario',
  'Name of an outgoing port': 'Nom d’une sortie',
  'Variable name (read as vars.<name>)': 'Nom de la variable (lue sous la forme vars.<name>)',
  'BCP 47 locale tag': 'Code de langue BCP 47',
  'Id of the node this port leads to': 'Identifiant du nœud vers lequel mène cette sortie',
  'Expression, e.g. vars.balance > 100': 'Expression, p. ex. vars.balance > 100',
  'Text with {{expression}} placeholders': 'Texte avec des champs de la forme {{expression}}',
  'Audio file path or URL': 'Chemin ou URL du fichier audio',
  'Spoken by TTS when the audio cannot be played, and shown in chat':
    'Dit par synthèse vocale (TTS) si l’audio ne peut pas être lu, et affiché dans le chat',
  'Prompt per locale: TTS text or {"audio": "file.wav"}': 'Message par langue : texte TTS ou {"audio": "file.wav"}',
  'Duration in seconds': 'Durée en secondes',
  'Canvas placement, ignored by the runtime': 'Position sur le canevas, ignorée à l’exécution',
  'Label shown on the canvas and in messages': 'Libellé affiché sur le canevas et dans les messages',

  // dsl/nodes/start.ts
  'Where a call or chat enters the scenario, one port per trigger': 'Entrée d’un appel ou d’un chat dans le scénario, une sortie par déclencheur',
  'Answer an inbound call before the first prompt': 'Décrocher un appel entrant avant le premier message',
  'Inbound phone call': 'Appel téléphonique entrant',
  'Inbound web chat': 'Chat web entrant',
  'Inbound SMS': 'SMS entrant',
  'Call or message started through the API': 'Appel ou message lancé via l’API',
  'Entry when another scenario runs this one as a subflow': 'Entrée lorsqu’un autre scénario exécute celui-ci comme sous-flux',

  // dsl/nodes/say.ts
  'Speak a TTS text or play an audio file (a message in chat)': 'Dire un texte TTS ou jouer un fichier audio (un message dans le chat)',
  'A key press or speech interrupts the prompt': 'Une touche ou la parole interrompt le message',

  // dsl/nodes/menu.ts
  'IVR menu: keys, spoken keywords and chat buttons': 'Menu vocal (SVI) : touches, mots-clés parlés et boutons de chat',
  'Port the caller leaves by when choosing this option': 'Sortie empruntée par l’appelant qui choisit cette option',
  'Phone key that selects the option': 'Touche du téléphone qui sélectionne l’option',
  'Spoken or typed words that select the option, per locale': 'Mots dits ou saisis qui sélectionnent l’option, par langue',
  'Button text in chat, per locale': 'Texte du bouton dans le chat, par langue',
  'Said before repeating the menu when the caller says nothing': 'Dit avant de répéter le menu quand l’appelant ne dit rien',
  'Said before repeating the menu when the choice is unknown': 'Dit avant de répéter le menu quand le choix est inconnu',
  'Seconds to wait for a choice': 'Secondes d’attente d’un choix',
  'Extra attempts before leaving by noInput/noMatch': 'Tentatives supplémentaires avant de sortir par noInput/noMatch',

  // dsl/nodes/ask.ts
  'Collect digits, speech or text into a variable, with typed validation':
    'Recueillir des chiffres, de la parole ou du texte dans une variable, avec une validation selon le type',
  'Where the valid answer is stored': 'Où la réponse valide est stockée',
  'How the caller may answer': 'Comment l’appelant peut répondre',
  'Regular expression the answer must match (type "pattern")': 'Expression régulière à laquelle la réponse doit correspondre (type « pattern »)',
  'Smallest accepted number': 'Plus petit nombre accepté',
  'Largest accepted number': 'Plus grand nombre accepté',
  'Extra attempts before leaving by invalid/noInput': 'Tentatives supplémentaires avant de sortir par invalid/noInput',
  'Said before asking again after an invalid answer': 'Dit avant de reposer la question après une réponse invalide',
  'Said before asking again when the caller says nothing': 'Dit avant de reposer la question quand l’appelant ne dit rien',

  // dsl/nodes/branch.ts, set.ts
  'Ordered conditions on variables, with an else port': 'Conditions ordonnées sur des variables, avec une sortie « else »',
  'Checked in order; the first true one wins': 'Vérifiées dans l’ordre ; la première vraie l’emporte',
  'Assign variables from expressions': 'Affecter des variables à partir d’expressions',
  'Evaluated in order, so later values can use earlier ones': 'Évaluées dans l’ordre : une valeur peut utiliser celles qui la précèdent',

  // dsl/nodes/http.ts
  'CRM or web request with response mapping': 'Requête CRM ou web avec correspondance de la réponse',
  'URL template, e.g. https://crm.example/api/customers?phone={{caller.number}}':
    'Modèle d’URL, p. ex. https://crm.example/api/customers?phone={{caller.number}}',
  'Request body template (JSON text for most APIs)': 'Modèle du corps de la requête (texte JSON pour la plupart des API)',
  'Seconds before leaving by "timeout"': 'Secondes avant de sortir par « timeout »',
  'Retries after a network error or 5xx': 'Nouvelles tentatives après une erreur réseau ou un 5xx',
  'Played to the caller while the request runs': 'Joué à l’appelant pendant la requête',
  'Variables set from the response, e.g. {"customerName": "response.body.name"}':
    'Variables définies à partir de la réponse, p. ex. {"customerName": "response.body.name"}',

  // dsl/nodes/schedule.ts
  'Business hours, holidays and time zone': 'Heures d’ouverture, jours fériés et fuseau horaire',
  'IANA time zone, e.g. Europe/Berlin': 'Fuseau horaire IANA, p. ex. Europe/Berlin',
  'Opening hours per weekday; a missing day is closed': 'Heures d’ouverture par jour de la semaine ; un jour absent est fermé',

  // dsl/nodes/callerList.ts
  'Black/white list lookup of the caller number': 'Recherche du numéro de l’appelant dans une liste noire ou blanche',
  'Name of a list managed in the runtime': 'Nom d’une liste gérée par l’environnement d’exécution',
  'Numbers kept in the scenario itself; a trailing * matches a prefix': 'Numéros gardés dans le scénario lui-même ; un * final couvre tous les numéros qui commencent ainsi',
  'What the list means, for labels and reports': 'Signification de la liste, pour les libellés et les rapports',

  // dsl/nodes/language.ts
  'Switch the conversation locale': 'Changer la langue de la conversation',
  'Locale the conversation continues in': 'Langue dans laquelle la conversation continue',

  // dsl/nodes/transfer.ts
  'Forward the call to a number, SIP URI or agent, with a whisper for the agent':
    'Transférer l’appel vers un numéro, une URI SIP ou un agent, avec un message pour l’agent seul',
  'Phone number, SIP URI or agent id (a template)': 'Numéro de téléphone, URI SIP ou identifiant d’agent (un modèle)',
  "Number shown to the callee: the caller's, the scenario's, or a fixed one":
    'Numéro présenté à l’appelé : celui de l’appelant, celui du scénario ou un numéro fixe',
  'Said to the caller before transferring': 'Dit à l’appelant avant le transfert',
  'Said to the agent only, before the caller is connected': 'Dit à l’agent seul, avant la mise en relation avec l’appelant',
  'Seconds to ring before "noAnswer"': 'Secondes de sonnerie avant « noAnswer »',

  // dsl/nodes/queue.ts
  'ACD queue with hold music and position announcements': 'File d’attente ACD avec musique d’attente et annonces de position',
  'ACD queue name': 'Nom de la file d’attente ACD',
  'Higher is served first': 'Les valeurs plus élevées sont servies en premier',
  'Skills an agent needs': 'Compétences requises de l’agent',
  'Audio file or URL played while waiting': 'Fichier audio ou URL joué pendant l’attente',
  'Announcement; may use {{queue.position}} and {{queue.waitMinutes}}': 'Annonce ; peut utiliser {{queue.position}} et {{queue.waitMinutes}}',
  'Seconds between position announcements': 'Secondes entre les annonces de position',
  'Callers waiting before leaving by "full"': 'Nombre d’appelants en attente à partir duquel les suivants sortent par « full »',

  // dsl/nodes/voicemail.ts
  'Greeting, then record a message into a mailbox': 'Accueil, puis enregistrement d’un message dans une boîte vocale',
  'Mailbox the message goes to (a template)': 'Boîte vocale qui reçoit le message (un modèle)',
  'Longest message in seconds': 'Durée maximale du message, en secondes',
  'Who is told about a new message': 'Qui est prévenu d’un nouveau message',

  // dsl/nodes/record.ts
  'Start or stop call recording after a consent notice': 'Démarrer ou arrêter l’enregistrement de l’appel après un avis de consentement',
  'Consent notice said before recording starts (required to start)':
    'Avis de consentement dit avant le début de l’enregistrement (obligatoire pour démarrer)',
  'Key the caller presses to decline the recording': 'Touche sur laquelle l’appelant appuie pour refuser l’enregistrement',
  'Seconds the caller has to press the opt-out key': 'Secondes dont l’appelant dispose pour appuyer sur la touche de refus',

  // dsl/nodes/bot.ts
  'Voice or text robot: multi-turn dialog until an exit intent': 'Robot vocal ou textuel : dialogue en plusieurs tours jusqu’à une intention de sortie',
  'Built-in offline NLU trained from the utterances': 'NLU intégrée hors ligne, entraînée sur les exemples de phrases',
  'Environment variable holding a bearer token sent with each turn': 'Variable d’environnement contenant un jeton Bearer envoyé à chaque tour',
  'OpenAI-compatible API base URL (default: LLM_BASE_URL or api.openai.com)':
    'URL de base d’une API compatible OpenAI (par défaut : LLM_BASE_URL ou api.openai.com)',
  'Environment variable holding the API key': 'Variable d’environnement contenant la clé d’API',
  'Said when the conversation with the robot starts': 'Dit au début de la conversation avec le robot',
  'Said when the robot did not understand': 'Dit quand le robot n’a pas compris',
  'Intent name; an exit intent is also a port': 'Nom de l’intention ; une intention de sortie est aussi une sortie',
  'Example phrases per locale': 'Exemples de phrases par langue',
  'What the robot says when it recognises the intent': 'Ce que dit le robot quand il reconnaît l’intention',
  'Leave the bot by the port named after this intent': 'Quitter le robot par la sortie qui porte le nom de cette intention',
  'Slots the robot fills before it answers or leaves for this intent':
    'Informations que le robot recueille avant de répondre ou de sortir pour cette intention',
  'Entities the robot asks for when an intent needs them': 'Informations que le robot demande quand une intention en a besoin',
  'Slot name; its value is written to the variable of the same name': 'Nom de l’information ; sa valeur est écrite dans la variable de même nom',
  'The values of a custom slot': 'Les valeurs d’une information à liste personnalisée',
  'What the slot variable holds when this value is recognised': 'Ce que contient la variable de l’information quand cette valeur est reconnue',
  'Other ways to say it, per locale': 'Autres façons de le dire, par langue',
  'Asked when an intent needs the slot and the caller has not said it yet':
    'Demandé quand une intention a besoin de l’information et que l’appelant ne l’a pas encore donnée',
  'Lowest confidence that counts as understood': 'Confiance minimale pour qu’une phrase compte comme comprise',
  'Stores the exit intent name': 'Stocke le nom de l’intention de sortie',

  // dsl/nodes/message.ts, tag.ts
  'Send an SMS or chat message': 'Envoyer un SMS ou un message de chat',
  'Message per locale (templates allowed)': 'Message par langue (modèles autorisés)',
  '"same" answers on the current channel': '« same » répond sur le canal en cours',
  'Recipient; the caller when absent': 'Destinataire ; à défaut, l’appelant',
  'Set the dialog status and free tags for routing and reporting':
    'Définir le statut de la conversation et des étiquettes libres pour le routage et les rapports',
  'Dialog status for reports, e.g. "resolved"': 'Statut de la conversation pour les rapports, p. ex. « resolved »',

  // dsl/nodes/subflow.ts, return.ts, hangup.ts
  'Run another scenario and come back': 'Exécuter un autre scénario et revenir',
  'Id of the scenario to run': 'Identifiant du scénario à exécuter',
  'Pinned published revision; the current draft when absent': 'Révision publiée figée ; à défaut, le brouillon actuel',
  'Subflow variable ← expression in this scenario': 'Variable du sous-flux ← expression dans ce scénario',
  "This scenario's variable ← expression in the subflow": 'Variable de ce scénario ← expression dans le sous-flux',
  'End a subflow and go back to the scenario that ran it': 'Terminer un sous-flux et revenir au scénario qui l’a lancé',
  'Port the calling subflow node leaves by': 'Sortie par laquelle le nœud sous-flux appelant continue',
  'End the call or chat': 'Terminer l’appel ou le chat',
  'Said before ending': 'Dit avant de terminer',
  'Reason kept in the call record': 'Motif conservé dans la fiche de l’appel',
};
