import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

describe('recording rule', () => {
  it('reports a recording that starts without a consent notice', () => {
    const rec = { kind: 'record', name: 'Record call', on: { recording: 'bye' } };
    expect(found(doc({ rec, bye }), 'record.noConsent')).toEqual([
      {
        severity: 'error',
        code: 'record.noConsent',
        message: "Record 'Record call': recording starts without a consent notice; add one that tells the caller the call is recorded",
        nodeId: 'rec',
        path: ['nodes', 'rec', 'consent'],
      },
    ]);
  });

  it('accepts a consent notice, and stopping without one', () => {
    const consented = { kind: 'record', consent: { 'en-US': 'This call may be recorded.' }, on: { recording: 'stop' } };
    const stop = { kind: 'record', action: 'stop', on: { recording: 'bye' } };
    expect(found(doc({ consented, stop, bye }), 'record.noConsent')).toEqual([]);
  });
});
