import { describe, expect, it } from 'vitest';
import { readSipSettings } from './settings';
import { hostOf, referTarget } from './transfer';

describe('SIP settings', () => {
  it('has no endpoint without SIP_PORT, and local defaults otherwise', () => {
    expect(readSipSettings({}).SIP_PORT).toBeUndefined();
    expect(readSipSettings({ SIP_PORT: '' }).SIP_PORT).toBeUndefined();
    expect(readSipSettings({ SIP_PORT: '5060' })).toMatchObject({
      SIP_PORT: 5060,
      SIP_HOST: '127.0.0.1',
      SIP_TCP: false,
      SIP_MEDIA_ADDRESS: '127.0.0.1',
      RTP_PORT_MIN: 20_000,
      RTP_PORT_MAX: 29_999,
      SIP_MEDIA_TIMEOUT: 30,
      TTS_VOICES: {},
    });
  });

  it('puts the host in the SDP, or loopback when bound to every address', () => {
    expect(readSipSettings({ SIP_PORT: '5060', SIP_HOST: '192.168.1.20' }).SIP_MEDIA_ADDRESS).toBe('192.168.1.20');
    expect(readSipSettings({ SIP_PORT: '5060', SIP_HOST: '0.0.0.0' }).SIP_MEDIA_ADDRESS).toBe('127.0.0.1');
    expect(readSipSettings({ SIP_PORT: '5060', SIP_HOST: '0.0.0.0', SIP_MEDIA_ADDRESS: '203.0.113.5' }).SIP_MEDIA_ADDRESS).toBe('203.0.113.5');
  });

  it('reads voices, TCP and the port range', () => {
    const settings = readSipSettings({ SIP_PORT: '5070', SIP_TCP: 'true', TTS_VOICES: 'de-DE=de, en-US=en-gb,broken', RTP_PORT_MIN: '30000', RTP_PORT_MAX: '30100' });
    expect(settings).toMatchObject({ SIP_TCP: true, TTS_VOICES: { 'de-DE': 'de', 'en-US': 'en-gb' }, RTP_PORT_MIN: 30_000, RTP_PORT_MAX: 30_100 });
  });

  it('names the bad value', () => {
    expect(() => readSipSettings({ SIP_PORT: 'sixty' })).toThrow(/invalid SIP configuration: SIP_PORT/);
    expect(() => readSipSettings({ SIP_PORT: '5060', RTP_PORT_MIN: '30000', RTP_PORT_MAX: '20000' })).toThrow(/RTP_PORT_MIN/);
  });
});

describe('Refer-To of a transfer', () => {
  it('keeps SIP URIs and puts numbers at the transfer domain, else at the caller\'s host', () => {
    expect(referTarget('sip:billing@pbx.example', 'gw.example', 'sip:alice@10.0.0.7')).toBe('sip:billing@pbx.example');
    expect(referTarget('+35280021234', 'gw.example', 'sip:alice@10.0.0.7:5062')).toBe('sip:+35280021234@gw.example');
    expect(referTarget('+35280021234', undefined, '"Alice" sip:alice@10.0.0.7:5062;transport=udp')).toBeUndefined();
    expect(referTarget('+35280021234', undefined, 'sip:alice@10.0.0.7:5062;transport=udp')).toBe('sip:+35280021234@10.0.0.7:5062');
    expect(referTarget('0800 123', undefined, 'sip:alice@10.0.0.7')).toBeUndefined();
    expect(hostOf('sips:pbx.example')).toBe('pbx.example');
  });
});
