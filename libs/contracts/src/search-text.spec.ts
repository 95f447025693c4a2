import { compactSearchText, hangulFromLatinKeys, initialConsonants, oneEditPatterns, searchTermsOf, searchWords, synonymGroupProblems } from './search-text';

describe('search text', () => {
  it('splits words at anything but letters and digits, lower-cased, NFC', () => {
    expect(searchWords('SAP-3000 공기 청정기 (주)테스트')).toEqual(['sap', '3000', '공기', '청정기', '주', '테스트']);
    // 화 typed as separate jamo that NFC composes (as macOS may send it).
    expect(searchWords('\u1112\u116a\u110c\u1162')).toEqual(['화재']);
  });

  it('compacts so that spacing and punctuation do not matter', () => {
    expect(compactSearchText('화재 감지기')).toBe(compactSearchText('화재감지기'));
    expect(compactSearchText('AI 카메라')).toBe('ai카메라');
    expect(searchTermsOf('SAP-3000  공기 청정기 공기')).toEqual(['sap3000', '공기', '청정기']);
    expect(searchTermsOf('%')).toEqual([]);
  });

  it('gives the initial consonants of Hangul syllables', () => {
    expect(initialConsonants('스마트 공기청정기 AP')).toBe('ㅅㅁㅌㄱㄱㅊㅈㄱ');
  });

  it('reads Latin keys typed in the Korean layout as Hangul, only when they spell whole syllables', () => {
    expect(hangulFromLatinKeys('rhdrlcjdwjdrl')).toBe('공기청정기');
    expect(hangulFromLatinKeys('ghkwo')).toBe('화재');
    expect(hangulFromLatinKeys('dkfRh')).toBe('알꼬');
    expect(hangulFromLatinKeys('drone')).toBeUndefined();
    expect(hangulFromLatinKeys('sap3000')).toBeUndefined();
  });

  it('lists the LIKE patterns one edit away from a Latin word of 4 letters or more', () => {
    const patterns = oneEditPatterns('drone');
    expect(patterns).toEqual(expect.arrayContaining(['dr_ne', 'drne', 'dro_ne', 'rdone']));
    expect(patterns).not.toContain('drone');
    expect(oneEditPatterns('ai')).toEqual([]);
    expect(oneEditPatterns('드론드론')).toEqual([]);
  });

  it('checks a synonym group', () => {
    expect(synonymGroupProblems(['드론', '무인기'])).toEqual([]);
    expect(synonymGroupProblems(['드론'])).toHaveLength(1);
    expect(synonymGroupProblems(['공기 청정기', '공기청정기'])[0]).toMatchObject({ message: expect.stringMatching(/differ/), why: { code: 'SYNONYM_WORDS_REPEATED' } });
    expect(synonymGroupProblems(['a', '무인기'])[0]).toMatchObject({ message: expect.stringMatching(/2 letters/), why: { code: 'SYNONYM_WORD_TOO_SHORT' } });
  });
});
