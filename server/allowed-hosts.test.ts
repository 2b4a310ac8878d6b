import { describe, expect, it } from 'vitest';
import { isAllowedHost, loopbackHosts } from './allowed-hosts.ts';

describe('isAllowedHost', () => {
  const allowed = [...loopbackHosts(4173), 'offers.example.com'];

  it('allows the loopback names on the listening port, and named hosts on any port', () => {
    for (const host of [
      'localhost:4173',
      '127.0.0.1:4173',
      '[::1]:4173',
      'LOCALHOST:4173',
      'offers.example.com',
      'offers.example.com:443',
    ]) {
      expect(isAllowedHost(host, allowed), host).toBe(true);
    }
  });

  it('refuses other names, other ports and malformed values', () => {
    for (const host of [
      'evil.example',
      'evil.example:4173',
      'localhost:4174',
      'localhost',
      'offers.example.com.evil.example',
      '',
      'a b',
      'localhost:4173@evil',
    ]) {
      expect(isAllowedHost(host, allowed), host).toBe(false);
    }
  });
});
