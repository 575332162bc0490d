import { describe, expect, it } from 'vitest';
import { decapLoginSettings } from './decap-settings.ts';

describe('decapLoginSettings', () => {
  it.each([
    ['https://pn-contoh.go.id/cms-login', { base_url: 'https://pn-contoh.go.id', auth_endpoint: 'cms-login/auth' }],
    ['https://pn-contoh.go.id/cms-login/', { base_url: 'https://pn-contoh.go.id', auth_endpoint: 'cms-login/auth' }],
    ['https://login.pn-contoh.go.id', { base_url: 'https://login.pn-contoh.go.id', auth_endpoint: 'auth' }],
    ['https://pn-contoh.go.id:8443/a/b', { base_url: 'https://pn-contoh.go.id:8443', auth_endpoint: 'a/b/auth' }],
  ])('%s → %o', (url, settings) => {
    expect(decapLoginSettings(url)).toEqual(settings);
  });

  it.each(['pn-contoh.go.id/cms-login', 'ftp://pn-contoh.go.id', 'https://pn-contoh.go.id/cms-login?x=1'])('refuses %s', (url) => {
    expect(() => decapLoginSettings(url)).toThrow(/^LAMAN_CMS_OAUTH_URL: /);
  });
});
