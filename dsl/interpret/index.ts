export { createSession, SessionError, type Session, type Step, type Happening, type Waiting, type SessionOptions } from './session';
export type { Providers } from './providers';
export { simulate, type SimulateOptions, type SimulationResult, type HttpMock } from './simulate';
export { parseScriptEntry, ScriptError } from './script';
export { transcriptLines } from './transcript';
export { parseAnswer } from './answers';
export { scheduleStatus, localTime } from './schedule';
export { classifyByOverlap } from './nlu';
export { numberListed, normaliseNumber, type EffectResult } from './effects';
