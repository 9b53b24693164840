import type { Feature } from './app';
import { nativeRoutes } from './adapters/native/routes';
import { acdRoutes } from './acd/routes';
import { listRoutes } from './lists/routes';
import { recordRoutes } from './records/routes';
import { voicemailRoutes } from './voicemail/routes';
import { openApiRoutes } from './openapi/routes';
import { scenarioRoutes } from './scenarios/routes';
import { twilioRoutes } from './adapters/twilio/routes';
import { chatRoutes } from './adapters/chat/routes';
import { smsRoutes } from './adapters/sms/routes';
import { jambonzRoutes } from './adapters/jambonz/routes';
import { simulatorRoutes } from './simulator/routes';
import { studioRoutes } from './studio/routes';
import { botRoutes } from './bot/routes';
import { sipFeature } from './adapters/sip/feature';

/** Every group of routes the server has; each lives in its own folder. The studio comes last: its catch-all page route must never shadow an API route. */
export const FEATURES: Feature[] = [scenarioRoutes, nativeRoutes, listRoutes, recordRoutes, voicemailRoutes, acdRoutes, openApiRoutes, twilioRoutes, chatRoutes, smsRoutes, jambonzRoutes, botRoutes, simulatorRoutes, sipFeature, studioRoutes];
