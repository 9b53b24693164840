/**
 * German help texts under form fields, keyed by the English `.describe()` text of the dsl's schemas.
 * Port names, enum values, variables, JSON and examples stay as written: they are what users type.
 */
export const de: Record<string, string> = {
  // dsl/schema/document.ts
  'A Callflow Studio scenario': 'Ein Callflow-Studio-Szenario',
  'Format version of this document': 'Formatversion dieses Dokuments',
  'Locales every prompt must have; the first is the default': 'Sprachen, die jede Ansage haben muss; die erste ist die Standardsprache',
  'May be set when the session starts (API call, subflow input)': 'Darf beim Start der Sitzung gesetzt werden (API-Aufruf, Eingabe eines Teilablaufs)',
  'Masked in traces and statistics': 'Wird in Protokollen und Statistiken maskiert',
  'Id of the start node': 'ID des Startknotens',
  'Sticky notes on the canvas': 'Haftnotizen auf der Arbeitsfläche',

  // dsl/schema/common.ts
  'Stable node id, unique in the scenario': 'Dauerhafte Knoten-ID, eindeutig im Szenario',
  'Name of an outgoing port': 'Name eines Ausgangs',
  'Variable name (read as vars.<name>)': 'Name der Variable (gelesen als vars.<name>)',
  'BCP 47 locale tag': 'Sprachkennung nach BCP 47',
  'Id of the node this port leads to': 'ID des Knotens, zu dem dieser Ausgang führt',
  'Expression, e.g. vars.balance > 100': 'Ausdruck, z. B. vars.balance > 100',
  'Text with {{expression}} placeholders': 'Text mit Platzhaltern wie {{expression}}',
  'Audio file path or URL': 'Pfad oder URL der Audiodatei',
  'Spoken by TTS when the audio cannot be played, and shown in chat':
    'Wird per TTS gesprochen, wenn die Audiodatei nicht abgespielt werden kann, und im Chat angezeigt',
  'Prompt per locale: TTS text or {"audio": "file.wav"}': 'Ansage je Sprache: TTS-Text oder {"audio": "file.wav"}',
  'Duration in seconds': 'Dauer in Sekunden',
  'Canvas placement, ignored by the runtime': 'Position auf der Arbeitsfläche; die Laufzeit beachtet sie nicht',
  'Label shown on the canvas and in messages': 'Beschriftung auf der Arbeitsfläche und in Meldungen',

  // dsl/nodes/start.ts
  'Where a call or chat enters the scenario, one port per trigger': 'Wo ein Anruf oder Chat in das Szenario eintritt, ein Ausgang je Auslöser',
  'Answer an inbound call before the first prompt': 'Eingehenden Anruf vor der ersten Ansage annehmen',
  'Inbound phone call': 'Eingehender Telefonanruf',
  'Inbound web chat': 'Eingehender Web-Chat',
  'Inbound SMS': 'Eingehende SMS',
  'Call or message started through the API': 'Anruf oder Nachricht, über die API gestartet',
  'Entry when another scenario runs this one as a subflow': 'Einstieg, wenn ein anderes Szenario dieses als Teilablauf ausführt',

  // dsl/nodes/say.ts
  'Speak a TTS text or play an audio file (a message in chat)': 'TTS-Text sprechen oder Audiodatei abspielen (im Chat eine Nachricht)',
  'A key press or speech interrupts the prompt': 'Ein Tastendruck oder Sprechen unterbricht die Ansage',

  // dsl/nodes/menu.ts
  'IVR menu: keys, spoken keywords and chat buttons': 'Sprachmenü (IVR): Tasten, gesprochene Stichwörter und Chat-Knöpfe',
  'Port the caller leaves by when choosing this option': 'Ausgang, über den Anrufende das Menü mit dieser Option verlassen',
  'Phone key that selects the option': 'Telefontaste, die diese Option wählt',
  'Spoken or typed words that select the option, per locale': 'Gesprochene oder getippte Wörter, die diese Option wählen, je Sprache',
  'Button text in chat, per locale': 'Beschriftung des Chat-Knopfs, je Sprache',
  'Said before repeating the menu when the caller says nothing': 'Wird gesagt, bevor das Menü wiederholt wird, wenn Anrufende nichts sagen',
  'Said before repeating the menu when the choice is unknown': 'Wird gesagt, bevor das Menü bei unbekannter Wahl wiederholt wird',
  'Seconds to wait for a choice': 'Sekunden, die auf eine Wahl gewartet wird',
  'Extra attempts before leaving by noInput/noMatch': 'Zusätzliche Versuche, bevor der Knoten über noInput/noMatch verlassen wird',

  // dsl/nodes/ask.ts
  'Collect digits, speech or text into a variable, with typed validation': 'Ziffern, Sprache oder Text mit Prüfung nach Typ in eine Variable übernehmen',
  'Where the valid answer is stored': 'Wo die gültige Antwort gespeichert wird',
  'How the caller may answer': 'Wie Anrufende antworten können',
  'Regular expression the answer must match (type "pattern")': 'Regulärer Ausdruck, dem die Antwort entsprechen muss (Typ „pattern“)',
  'Smallest accepted number': 'Kleinste zulässige Zahl',
  'Largest accepted number': 'Größte zulässige Zahl',
  'Extra attempts before leaving by invalid/noInput': 'Zusätzliche Versuche, bevor der Knoten über invalid/noInput verlassen wird',
  'Said before asking again after an invalid answer': 'Wird nach einer ungültigen Antwort vor der erneuten Frage gesagt',
  'Said before asking again when the caller says nothing': 'Wird vor der erneuten Frage gesagt, wenn Anrufende nichts sagen',

  // dsl/nodes/branch.ts, set.ts
  'Ordered conditions on variables, with an else port': 'Bedingungen auf Variablen in fester Reihenfolge, mit dem Ausgang „else“',
  'Checked in order; the first true one wins': 'Werden der Reihe nach geprüft; die erste zutreffende gilt',
  'Assign variables from expressions': 'Variablen aus Ausdrücken zuweisen',
  'Evaluated in order, so later values can use earlier ones': 'Werden der Reihe nach ausgewertet; spätere Werte können frühere verwenden',

  // dsl/nodes/http.ts
  'CRM or web request with response mapping': 'CRM- oder Web-Anfrage mit Zuordnung der Antwort',
  'URL template, e.g. https://crm.example/api/customers?phone={{caller.number}}':
    'URL-Vorlage, z. B. https://crm.example/api/customers?phone={{caller.number}}',
  'Request body template (JSON text for most APIs)': 'Vorlage für den Inhalt der Anfrage (bei den meisten APIs JSON-Text)',
  'Seconds before leaving by "timeout"': 'Sekunden, bevor der Knoten über „timeout“ verlassen wird',
  'Retries after a network error or 5xx': 'Wiederholungen nach einem Netzwerkfehler oder 5xx',
  'Played to the caller while the request runs': 'Wird Anrufenden abgespielt, während die Anfrage läuft',
  'Variables set from the response, e.g. {"customerName": "response.body.name"}':
    'Aus der Antwort gesetzte Variablen, z. B. {"customerName": "response.body.name"}',

  // dsl/nodes/schedule.ts
  'Business hours, holidays and time zone': 'Geschäftszeiten, Feiertage und Zeitzone',
  'IANA time zone, e.g. Europe/Berlin': 'IANA-Zeitzone, z. B. Europe/Berlin',
  'Opening hours per weekday; a missing day is closed': 'Öffnungszeiten je Wochentag; ein fehlender Tag gilt als geschlossen',

  // dsl/nodes/callerList.ts
  'Black/white list lookup of the caller number': 'Rufnummer des Anrufers in einer Sperr- oder Freigabeliste suchen',
  'Name of a list managed in the runtime': 'Name einer in der Laufzeit verwalteten Liste',
  'Numbers kept in the scenario itself; a trailing * matches a prefix': 'Nummern direkt im Szenario; ein * am Ende passt auf jede Nummer mit diesem Anfang',
  'What the list means, for labels and reports': 'Bedeutung der Liste, für Beschriftungen und Berichte',

  // dsl/nodes/language.ts
  'Switch the conversation locale': 'Die Sprache des Gesprächs wechseln',
  'Locale the conversation continues in': 'Sprache, in der das Gespräch weitergeht',

  // dsl/nodes/transfer.ts
  'Forward the call to a number, SIP URI or agent, with a whisper for the agent':
    'Anruf an eine Nummer, SIP-URI oder einen Agenten weiterleiten, mit einer Ansage nur für den Agenten',
  'Phone number, SIP URI or agent id (a template)': 'Telefonnummer, SIP-URI oder Agenten-ID (eine Vorlage)',
  "Number shown to the callee: the caller's, the scenario's, or a fixed one":
    'Nummer, die der Angerufene sieht: die des Anrufers, die des Szenarios oder eine feste',
  'Said to the caller before transferring': 'Wird Anrufenden vor der Weiterleitung gesagt',
  'Said to the agent only, before the caller is connected': 'Wird nur dem Agenten gesagt, bevor die Verbindung zu den Anrufenden steht',
  'Seconds to ring before "noAnswer"': 'Sekunden Klingeln bis „noAnswer“',

  // dsl/nodes/queue.ts
  'ACD queue with hold music and position announcements': 'ACD-Warteschlange mit Wartemusik und Positionsansagen',
  'ACD queue name': 'Name der ACD-Warteschlange',
  'Higher is served first': 'Höhere Werte werden zuerst bedient',
  'Skills an agent needs': 'Fähigkeiten, die ein Agent braucht',
  'Audio file or URL played while waiting': 'Audiodatei oder URL, die während des Wartens abgespielt wird',
  'Announcement; may use {{queue.position}} and {{queue.waitMinutes}}': 'Ansage; darf {{queue.position}} und {{queue.waitMinutes}} verwenden',
  'Seconds between position announcements': 'Sekunden zwischen den Positionsansagen',
  'Callers waiting before leaving by "full"': 'Anzahl Wartender, ab der neue Anrufende über „full“ weitergehen',

  // dsl/nodes/voicemail.ts
  'Greeting, then record a message into a mailbox': 'Begrüßung, dann eine Nachricht in ein Postfach aufnehmen',
  'Mailbox the message goes to (a template)': 'Postfach, in das die Nachricht geht (eine Vorlage)',
  'Longest message in seconds': 'Längste Nachricht in Sekunden',
  'Who is told about a new message': 'Wer über eine neue Nachricht benachrichtigt wird',

  // dsl/nodes/record.ts
  'Start or stop call recording after a consent notice': 'Gesprächsaufzeichnung nach einem Hinweis zur Einwilligung starten oder beenden',
  'Consent notice said before recording starts (required to start)': 'Hinweis zur Einwilligung vor Beginn der Aufzeichnung (zum Starten erforderlich)',
  'Key the caller presses to decline the recording': 'Taste, mit der Anrufende die Aufzeichnung ablehnen',
  'Seconds the caller has to press the opt-out key': 'Sekunden, in denen Anrufende die Ablehnungstaste drücken können',

  // dsl/nodes/bot.ts
  'Voice or text robot: multi-turn dialog until an exit intent': 'Sprach- oder Text-Roboter: Dialog über mehrere Runden bis zu einer Ausgangs-Absicht',
  'Built-in offline NLU trained from the utterances': 'Eingebaute Offline-NLU, trainiert mit den Beispielsätzen',
  'Environment variable holding a bearer token sent with each turn': 'Umgebungsvariable mit einem Bearer-Token, das bei jeder Runde mitgesendet wird',
  'OpenAI-compatible API base URL (default: LLM_BASE_URL or api.openai.com)':
    'Basis-URL einer OpenAI-kompatiblen API (Standard: LLM_BASE_URL oder api.openai.com)',
  'Environment variable holding the API key': 'Umgebungsvariable mit dem API-Schlüssel',
  'Said when the conversation with the robot starts': 'Wird zu Beginn des Gesprächs mit dem Roboter gesagt',
  'Said when the robot did not understand': 'Wird gesagt, wenn der Roboter nicht verstanden hat',
  'Intent name; an exit intent is also a port': 'Name der Absicht; eine Ausgangs-Absicht ist zugleich ein Ausgang',
  'Example phrases per locale': 'Beispielsätze je Sprache',
  'What the robot says when it recognises the intent': 'Was der Roboter sagt, wenn er die Absicht erkennt',
  'Leave the bot by the port named after this intent': 'Den Roboter über den Ausgang verlassen, der wie diese Absicht heißt',
  'Slots the robot fills before it answers or leaves for this intent':
    'Angaben, die der Roboter erfragt, bevor er für diese Absicht antwortet oder den Dialog verlässt',
  'Entities the robot asks for when an intent needs them': 'Angaben, nach denen der Roboter fragt, wenn eine Absicht sie braucht',
  'Slot name; its value is written to the variable of the same name': 'Name der Angabe; ihr Wert landet in der gleichnamigen Variable',
  'The values of a custom slot': 'Die Werte einer Angabe mit eigener Liste',
  'What the slot variable holds when this value is recognised': 'Was die Variable der Angabe enthält, wenn dieser Wert erkannt wird',
  'Other ways to say it, per locale': 'Andere Formulierungen, je Sprache',
  'Asked when an intent needs the slot and the caller has not said it yet':
    'Wird gefragt, wenn eine Absicht die Angabe braucht und Anrufende sie noch nicht genannt haben',
  'Lowest confidence that counts as understood': 'Geringste Sicherheit, die noch als verstanden gilt',
  'Stores the exit intent name': 'Speichert den Namen der Ausgangs-Absicht',

  // dsl/nodes/message.ts, tag.ts
  'Send an SMS or chat message': 'Eine SMS oder Chat-Nachricht senden',
  'Message per locale (templates allowed)': 'Nachricht je Sprache (Vorlagen erlaubt)',
  '"same" answers on the current channel': '„same“ antwortet auf dem aktuellen Kanal',
  'Recipient; the caller when absent': 'Empfänger; ohne Angabe die anrufende Person',
  'Set the dialog status and free tags for routing and reporting': 'Gesprächsstatus und freie Markierungen für Routing und Berichte setzen',
  'Dialog status for reports, e.g. "resolved"': 'Gesprächsstatus für Berichte, z. B. „resolved“',

  // dsl/nodes/subflow.ts, return.ts, hangup.ts
  'Run another scenario and come back': 'Ein anderes Szenario ausführen und zurückkehren',
  'Id of the scenario to run': 'ID des auszuführenden Szenarios',
  'Pinned published revision; the current draft when absent': 'Fest gewählte veröffentlichte Revision; ohne Angabe der aktuelle Entwurf',
  'Subflow variable ← expression in this scenario': 'Variable des Teilablaufs ← Ausdruck in diesem Szenario',
  "This scenario's variable ← expression in the subflow": 'Variable dieses Szenarios ← Ausdruck im Teilablauf',
  'End a subflow and go back to the scenario that ran it': 'Teilablauf beenden und zum aufrufenden Szenario zurückkehren',
  'Port the calling subflow node leaves by': 'Ausgang, über den der aufrufende Teilablauf-Knoten weitergeht',
  'End the call or chat': 'Anruf oder Chat beenden',
  'Said before ending': 'Wird vor dem Beenden gesagt',
  'Reason kept in the call record': 'Grund, der im Datensatz des Anrufs festgehalten wird',
};
