import { describe, expect, it } from 'vitest';
import { compactIdentifier, identifierProblem } from './identifiers.ts';

// Public identifiers of the Ministry of Finance (NIP 526-025-02-74, REGON 000002217).
describe('identifier check digits', () => {
  it('accepts real NIP and REGON numbers', () => {
    expect(identifierProblem('NIP', compactIdentifier('526-025-02-74'))).toBeUndefined();
    expect(identifierProblem('REGON', '000002217')).toBeUndefined();
  });

  it('refuses a changed check digit, with a hint where to look', () => {
    expect(identifierProblem('NIP', '5260250275')).toMatch(/cyfrę kontrolną/);
    expect(identifierProblem('REGON', '000002218')).toMatch(/cyfrę kontrolną.*GUS/);
  });

  it('refuses a NIP whose checksum is 10 (no such number is issued)', () => {
    // 1,2,3,4,5,6,7,8,9 × weights 6,5,7,2,3,4,5,6,7 = 230; 230 mod 11 = 10.
    expect(identifierProblem('NIP', '1234567890')).toMatch(/cyfrę kontrolną/);
  });

  it('checks a 14-digit REGON of a local unit on both levels', () => {
    // Synthetic: the ministry's 9-digit REGON + unit 0000 + its check digit.
    const base = '0000022170000';
    const weights = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
    const check = ([...base].reduce((s, d, i) => s + Number(d) * weights[i]!, 0) % 11) % 10;
    expect(identifierProblem('REGON', `${base}${check}`)).toBeUndefined();
    expect(identifierProblem('REGON', `${base}${(check + 1) % 10}`)).toMatch(/cyfrę kontrolną/);
    expect(identifierProblem('REGON', `0000022180000${check}`)).toMatch(/cyfrę kontrolną/);
  });

  it('checks the form of numbers without a check digit', () => {
    expect(identifierProblem('KRS', '0000012345')).toBeUndefined();
    expect(identifierProblem('KRS', '12345')).toMatch(/10 cyfr/);
    expect(identifierProblem('RSPO', '12345')).toBeUndefined();
    expect(identifierProblem('RSPO', '12a')).toMatch(/postać/);
    expect(identifierProblem('RPWDL', '000000012345')).toBeUndefined();
    expect(identifierProblem('RPWDL', '12345')).toMatch(/12 cyfr/);
  });
});
