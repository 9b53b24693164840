import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../../test/support/examples';
import { readConfig } from '../../config';
import { scenarioRoutes } from '../../scenarios/routes';
import { startServer, type Running } from '../../server';
import { CALL, expectValidVerbs } from './fake-jambonz';
import { jambonzFeature } from './routes';
import { signatureOf } from './signature';

let server: Running;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'callflow-jambonz-'));
  const config = { ...readConfig({}), PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, EXAMPLES_DIR };
  // Two secrets: the account's secret is being rotated.
  server = await startServer(config, [scenarioRoutes, jambonzFeature({ JAMBONZ_WEBHOOK_SECRET: 'old-secret, new-secret' })]);
});
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

function post(body: string, signature?: string) {
  return fetch(`${server.url}/jambonz/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'jambonz-signature': signature } : {}) },
    body,
  });
}

describe('jambonz webhook signatures', () => {
  const body = JSON.stringify({ ...CALL, call_sid: 'signed-1', to: 'multilingual-menu' });
  const t = '1767225600';

  it('accepts a body signed with either configured secret', async () => {
    for (const secret of ['old-secret', 'new-secret']) {
      const response = await post(body, `t=${t},v1=${signatureOf(secret, t, body)}`);
      expect(response.status).toBe(200);
      expectValidVerbs(await response.json());
    }
  });

  it('refuses unsigned, wrongly signed and altered requests with 403', async () => {
    expect((await post(body)).status).toBe(403);
    expect((await post(body, `t=${t},v1=${signatureOf('guess', t, body)}`)).status).toBe(403);
    expect((await post(body.replace('multilingual-menu', 'bank-hotline'), `t=${t},v1=${signatureOf('new-secret', t, body)}`)).status).toBe(403);
    expect((await post(body, `v1=${signatureOf('new-secret', t, body)}`)).status).toBe(403);
  });
});
