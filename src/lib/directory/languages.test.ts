import { describe, expect, it } from 'vitest';
import { languageName, languagesLine, languagesShort, nativeLanguageName, otherLanguages, polishForms } from './languages.ts';

describe('languages in words', () => {
  it('says nothing for an entry that serves in Polish only', () => {
    expect(languagesLine(['pl'])).toBeNull();
    expect(languagesLine([])).toBeNull();
    expect(languagesShort(['pl'])).toBeNull();
    expect(otherLanguages(['pl', 'uk', 'uk'])).toEqual(['uk']);
  });

  it('names the languages in the locative on the institution page, Polish first', () => {
    expect(languagesLine(['pl', 'uk'])).toBe('Obsługa w językach: polskim i ukraińskim');
    expect(languagesLine(['uk', 'pl', 'en'])).toBe('Obsługa w językach: polskim, ukraińskim i angielskim');
    expect(languagesLine(['uk'])).toBe('Obsługa w języku ukraińskim');
    expect(languagesLine(['pl', 'de', 'ru', 'be'])).toBe('Obsługa w językach: polskim, niemieckim, rosyjskim i białoruskim');
  });

  it('says "po ukraińsku" in the lists', () => {
    expect(languagesShort(['pl', 'uk'])).toBe('Obsługa po ukraińsku');
    expect(languagesShort(['uk', 'en'])).toBe('Obsługa po ukraińsku i po angielsku');
    expect(languagesShort(['de', 'sk'])).toBe('Obsługa po niemiecku i po słowacku');
  });

  it('builds the forms only from adjectival names, else lists the names as they are', () => {
    expect(polishForms('ukraiński')).toEqual({ locative: 'ukraińskim', adverb: 'po ukraińsku' });
    expect(polishForms('niemiecki')).toEqual({ locative: 'niemieckim', adverb: 'po niemiecku' });
    expect(polishForms('pso')).toBeNull();
    expect(polishForms('polski język migowy')).toBeNull();
    // "pso" (Polish Sign Language, ISO 639-3) has no name in the browser's data: its code is shown, never a wrong form.
    expect(languagesLine(['pl', 'pso'])).toBe(`Języki obsługi: polski i ${languageName('pso')}`);
    expect(languagesShort(['pso'])).toBe(`Inne języki obsługi: ${languageName('pso')}`);
  });

  it('names a language in its own words for its speakers', () => {
    expect(languageName('uk')).toBe('ukraiński');
    expect(nativeLanguageName('uk')).toBe('українська');
  });
});
