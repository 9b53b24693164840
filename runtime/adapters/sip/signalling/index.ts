export { SipEndpoint } from './endpoint';
export type { SipEndpointOptions, IncomingCall, Dialog, ReferOutcome } from './types';
export { SipParseError, parseMessage, serializeMessage, SipHeaders } from './message';
export type { SipMessage, SipRequest, SipResponse } from './message';
