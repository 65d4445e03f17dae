import { describe, expect, it } from 'vitest';
import { checkPhone } from './phone.ts';
import { displayPhone, telHref } from './phone-display.ts';

describe('phone numbers', () => {
  it('stores Polish numbers in one international format', () => {
    expect(checkPhone('(85) 711 73 46')).toEqual({ ok: true, canonical: '+48 85 711 73 46', tel: '+48857117346' });
    expect(checkPhone('800 120 002')).toMatchObject({ ok: true, canonical: '+48 800 120 002' });
  });
  it('accepts the emergency number and 116 numbers as they are dialled', () => {
    expect(checkPhone('112')).toMatchObject({ ok: true, canonical: '112' });
    expect(checkPhone('116111')).toMatchObject({ ok: true, canonical: '116 111' });
  });
  it('refuses what is not a phone number', () => {
    expect(checkPhone('12345').ok).toBe(false);
    expect(checkPhone('85 711 73 4').ok).toBe(false);
  });
  it('shows numbers without +48 and dials them with it', () => {
    expect(displayPhone('+48 85 711 73 46')).toBe('85 711 73 46');
    expect(telHref('+48 85 711 73 46')).toBe('tel:+48857117346');
    expect(telHref('116 111')).toBe('tel:116111');
  });
});
