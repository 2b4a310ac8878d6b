import { countSmsSegments } from './sms-segments';

describe('countSmsSegments: GSM-7', () => {
  it('empty text is zero segments', () => {
    expect(countSmsSegments('')).toEqual({
      encoding: 'GSM-7',
      units: 0,
      segments: 0,
      perSegment: 160,
      nonGsmChars: [],
    });
  });

  it.each([
    [1, 1, 160],
    [160, 1, 160],
    [161, 2, 153],
    [306, 2, 153],
    [307, 3, 153],
    [459, 3, 153],
    [460, 4, 153],
  ])("%i 'a' -> %i segment(s) of %i", (length, segments, perSegment) => {
    const result = countSmsSegments('a'.repeat(length));
    expect(result).toMatchObject({ encoding: 'GSM-7', units: length, segments, perSegment });
  });

  it('counts extension characters as two units', () => {
    expect(countSmsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSmsSegments('€'.repeat(81))).toMatchObject({ encoding: 'GSM-7', units: 162, segments: 2 });
    expect(countSmsSegments('^{}\\[~]|€\f').units).toBe(20);
  });

  it('never splits an extension pair across parts', () => {
    // 152 + 2 + 152 = 306 units; naive 306/153 = 2, but "€" cannot start at
    // unit 153 of part one, so part one holds 152 units and a third is needed.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ units: 306, segments: 3 });
    // With the pair fully inside part one it fits in two parts.
    expect(countSmsSegments(`${'a'.repeat(151)}€${'a'.repeat(153)}`)).toMatchObject({ units: 306, segments: 2 });
  });

  it('keeps the whole 3GPP basic table in GSM-7', () => {
    const basic =
      '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
      '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
    expect(Array.from(basic)).toHaveLength(128);
    expect(countSmsSegments(basic)).toMatchObject({ encoding: 'GSM-7', units: 128, segments: 1 });
  });

  it("'Ç' is GSM-7 but 'ç' is not", () => {
    expect(countSmsSegments('Ça va').encoding).toBe('GSM-7');
    expect(countSmsSegments('ça va')).toMatchObject({ encoding: 'UCS-2', units: 5, nonGsmChars: ['ç'] });
  });
});

describe('countSmsSegments: UCS-2', () => {
  it.each([
    [70, 1, 70],
    [71, 2, 67],
    [134, 2, 67],
    [135, 3, 67],
  ])("%i 'ж' -> %i segment(s) of %i", (length, segments, perSegment) => {
    expect(countSmsSegments('ж'.repeat(length))).toMatchObject({
      encoding: 'UCS-2',
      units: length,
      segments,
      perSegment,
      nonGsmChars: ['ж'],
    });
  });

  it('counts an emoji as two UTF-16 units', () => {
    expect(countSmsSegments('😀'.repeat(35))).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(countSmsSegments('😀'.repeat(36))).toMatchObject({ units: 72, segments: 2 });
  });

  it('never splits a surrogate pair across parts', () => {
    // 66 + 2 + 66 = 134 units; naive 134/67 = 2, but the emoji cannot straddle.
    expect(countSmsSegments(`${'ж'.repeat(66)}😀${'ж'.repeat(66)}`)).toMatchObject({ units: 134, segments: 3 });
    expect(countSmsSegments(`${'ж'.repeat(65)}😀${'ж'.repeat(67)}`)).toMatchObject({ units: 134, segments: 2 });
  });

  it('counts GSM extension characters as one unit once the text is UCS-2', () => {
    expect(countSmsSegments('€ж')).toMatchObject({ encoding: 'UCS-2', units: 2 });
  });

  it('lists each character that forced UCS-2 once, in order', () => {
    const result = countSmsSegments('Hi ç! Visit https://t.example 😀 ç “now”');
    expect(result.encoding).toBe('UCS-2');
    expect(result.nonGsmChars).toEqual(['ç', '😀', '“', '”']);
  });

  it('treats a mixed message with one non-GSM char as UCS-2 for the whole text', () => {
    const text = `${'a'.repeat(69)}ç`;
    expect(countSmsSegments(text)).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(countSmsSegments(`${text}a`)).toMatchObject({ units: 71, segments: 2 });
  });
});
