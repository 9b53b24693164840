import twilio from 'twilio';
import { descendants, elements, parseXml, textOf, type XmlElement } from './xml';

export const AUTH_TOKEN = '12345678901234567890123456789012';

export interface Delivery {
  status: number;
  contentType: string;
  text: string;
}

/** A form post signed the way Twilio signs it, by the twilio package's own helper. */
export async function signedPost(
  url: string,
  params: Record<string, string>,
  options: { signedUrl?: string; signature?: string; headers?: Record<string, string> } = {},
): Promise<Delivery> {
  const signature = options.signature ?? twilio.getExpectedTwilioSignature(AUTH_TOKEN, options.signedUrl ?? url, params);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, ...options.headers },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/**
 * Plays Twilio's part in a call: posts the incoming-call webhook, then follows the URLs of the
 * TwiML it gets back (Gather action, the Redirect after it, Dial / Enqueue / Record actions)
 * with the parameters Twilio would send.
 */
export class TwilioCall {
  /** The TwiML of the last answer, parsed. */
  document!: XmlElement;
  raw = '';

  constructor(
    private readonly serverUrl: string,
    readonly sid: string,
    private readonly call: { From: string; To: string; Direction?: string },
    /** The address our TwiML names (PUBLIC_URL); requests still go to the test server. */
    private readonly publicUrl?: string,
  ) {}

  private get standard(): Record<string, string> {
    return { AccountSid: 'AC00000000000000000000000000000000', ApiVersion: '2010-04-01', CallSid: this.sid, CallStatus: 'in-progress', Direction: 'inbound', ...this.call };
  }

  async start(query = ''): Promise<XmlElement> {
    return this.post(`${this.publicUrl ?? this.serverUrl}/twilio/voice${query}`, { ...this.standard, CallStatus: 'ringing' });
  }

  /** Follows a URL of the call's TwiML; its answer becomes the call's current document. */
  async post(url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<XmlElement> {
    const { raw, document } = await this.fetch(url, params, headers);
    this.raw = raw;
    this.document = document;
    return document;
  }

  /** A request on the side that does not move the call on: the whisper or the queue's wait music. */
  async peek(url: string, params: Record<string, string> = {}): Promise<XmlElement> {
    return (await this.fetch(url, params, {})).document;
  }

  private async fetch(url: string, params: Record<string, string>, headers: Record<string, string>): Promise<{ raw: string; document: XmlElement }> {
    const local = this.publicUrl && url.startsWith(this.publicUrl) ? this.serverUrl + url.slice(this.publicUrl.length) : url;
    const answer = await signedPost(local, { ...this.standard, ...params }, { signedUrl: url, headers });
    if (answer.status !== 200 || !answer.contentType.startsWith('text/xml')) {
      throw new Error(`${url} answered ${answer.status} ${answer.contentType}: ${answer.text}`);
    }
    const document = parseXml(answer.text);
    if (document.name !== 'Response') throw new Error(`TwiML root is <${document.name}>`);
    return { raw: answer.text, document };
  }

  /** Names of the top-level verbs, e.g. ['Say', 'Gather', 'Redirect']. */
  get verbs(): string[] {
    return elements(this.document).map((e) => e.name);
  }

  /** The first element of that name anywhere in the document. */
  find(name: string): XmlElement {
    const found = descendants(this.document).find((e) => e.name === name);
    if (!found) throw new Error(`no <${name}> in ${this.raw}`);
    return found;
  }

  /** Everything the caller hears, in order. */
  get spoken(): string[] {
    return descendants(this.document).filter((e) => e.name === 'Say').map(textOf);
  }

  private action(name: string): string {
    const url = this.find(name).attrs.action;
    if (!url) throw new Error(`<${name}> has no action in ${this.raw}`);
    return url;
  }

  press = (digits: string) => this.post(this.action('Gather'), { Digits: digits });
  speak = (text: string, confidence = '0.9') => this.post(this.action('Gather'), { SpeechResult: text, Confidence: confidence });
  /** Nothing said: Twilio goes on after the Gather, to the Redirect. */
  silence = () => this.redirect();
  redirect = () => this.post(textOf(this.find('Redirect')));
  dialed = (status: string) => this.post(this.action('Dial'), { DialCallStatus: status });
  dequeued = (result: string, extra: Record<string, string> = {}) => this.post(this.action('Enqueue'), { QueueResult: result, ...extra });
  recorded = (params: Record<string, string>) => this.post(this.action('Record'), params);
}
