import { itMapsEach } from '@/testing/maps-each';
import { parsePixel } from './parse-pixel';

const PUBLISHED =
  "<img src='http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547'  border='0'  width='1'  height='1' />";
const PUBLISHED_SRC = 'http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547';

function expectImage(snippet: string) {
  const result = parsePixel(snippet);
  if (result.kind !== 'image') throw new Error(`expected an image, got ${JSON.stringify(result)}`);
  return result;
}

function reasonFor(snippet: string): string {
  const result = parsePixel(snippet);
  if (result.kind !== 'unsafe') throw new Error(`expected unsafe, got ${JSON.stringify(result)}`);
  return result.reason;
}

describe('parsePixel: accepted snippets', () => {
  it('parses the published Offerslook example', () => {
    expect(parsePixel(PUBLISHED)).toEqual({
      kind: 'image',
      src: PUBLISHED_SRC,
      width: 1,
      height: 1,
      attributes: [
        { name: 'src', value: PUBLISHED_SRC },
        { name: 'border', value: '0' },
        { name: 'width', value: '1' },
        { name: 'height', value: '1' },
      ],
    });
  });

  it('accepts double quotes, https and surrounding whitespace', () => {
    const result = expectImage('\n  <img src="https://t.example.com/p?x=1" width="1" height="1">  \n');
    expect(result.src).toBe('https://t.example.com/p?x=1');
    expect(result.width).toBe(1);
  });

  it('accepts uppercase tags and attributes, unquoted values', () => {
    const result = expectImage('<IMG SRC=http://t.example.com/p?x=1 WIDTH=1 HEIGHT=1>');
    expect(result.src).toBe('http://t.example.com/p?x=1');
    expect(result.attributes.map((a) => a.name)).toEqual(['src', 'width', 'height']);
  });

  it('keeps a trailing "/" of an unquoted value, as browsers do', () => {
    expect(expectImage('<img src=http://t.example.com/p/>').src).toBe('http://t.example.com/p/');
  });

  it('accepts "<img ... />" with no space before "/>" and spaces around "="', () => {
    expect(expectImage('<img src = "http://a.example/p"/>').src).toBe('http://a.example/p');
  });

  it('decodes common entities in values', () => {
    const result = expectImage(
      '<img src="http://t.example.com/impr.php?offer_id=16&amp;aff_id=5547&#38;a=&#x26;" alt="&lt;1&gt; &quot;px&quot; &#39;q&#39; &apos;">',
    );
    expect(result.src).toBe('http://t.example.com/impr.php?offer_id=16&aff_id=5547&a=&');
    expect(result.attributes[1]).toEqual({ name: 'alt', value: "<1> \"px\" 'q' '" });
  });

  it('leaves "&name" alone where browsers do (followed by "=" or not an entity)', () => {
    expect(expectImage('<img src="http://a.example/?a=1&copy=2&debug&region=3">').src).toBe(
      'http://a.example/?a=1&copy=2&debug&region=3',
    );
  });

  it('decodes legacy &amp without semicolon like browsers', () => {
    expect(expectImage('<img src="http://a.example/?a=1&amp&b=2">').src).toBe('http://a.example/?a=1&&b=2');
  });

  it('accepts boolean attributes and keeps attribute order', () => {
    const result = expectImage('<img src="http://a.example/p" data-pixel alt="" border=0>');
    expect(result.attributes).toEqual([
      { name: 'src', value: 'http://a.example/p' },
      { name: 'data-pixel', value: '' },
      { name: 'alt', value: '' },
      { name: 'border', value: '0' },
    ]);
  });

  it('keeps an inert style attribute', () => {
    const result = expectImage('<img src="http://a.example/p" style="display:none; border: 0 !important">');
    expect(result.attributes[1]).toEqual({ name: 'style', value: 'display:none; border: 0 !important' });
  });

  it.each([
    ['1px', null],
    ['-1', null],
    ['1.5', null],
    [' 1', null],
    ['', null],
    ['0', 0],
    ['007', 7],
    ['99999999999999999999', null],
  ])('width %j becomes %j and the pixel is still an image', (width, expected) => {
    const result = expectImage(`<img src="http://a.example/p" width="${width}">`);
    expect(result.width).toBe(expected);
    expect(result.height).toBeNull();
  });

  it('allows markup-like text inside a quoted alt (never rendered as markup)', () => {
    expect(expectImage('<img src="http://a.example/p" alt="<script>x</script>">').src).toBe('http://a.example/p');
  });
});

describe('parsePixel: empty', () => {
  it.each(['', '   ', '\n\t '])('%j is empty', (snippet) => {
    expect(parsePixel(snippet)).toEqual({ kind: 'empty' });
  });
});

describe('parsePixel: unsafe snippets', () => {
  itMapsEach(
    '%j',
    [
      ['<img src=x onerror=alert(1)>', 'has an event handler attribute onerror'],
      ['<img src="http://a.example/p" onerror="alert(1)">', 'has an event handler attribute onerror'],
      ['<img src="http://a.example/p" ONLOAD="alert(1)">', 'has an event handler attribute onload'],
      [
        '<img src="http://a.example/p" srcset="http://b.example/q 2x">',
        'has a srcset attribute, which can load other URLs',
      ],
      [
        '<img src="http://a.example/p" style="background:url(http://b.example/q)">',
        'has a style attribute that could load other URLs',
      ],
      [
        '<img src="http://a.example/p" style="background:u\\72l(x)">',
        'has a style attribute that could load other URLs',
      ],
      ['<img src="http://a.example/p" lowsrc="http://b.example/q">', 'has an unexpected attribute lowsrc'],
      ['<img src="http://a.example/p" src="http://b.example/q">', 'has more than one src attribute'],
      ['<img src="http://a.example/p" width=1 width=2>', 'has more than one width attribute'],
      ['<img src="javascript:alert(1)">', 'has a src that is not allowed: javascript: links are blocked'],
      ['<img src=javascript:alert(1)>', 'has a src that is not allowed: javascript: links are blocked'],
      ['<img src=" JaVa&#x09;ScRiPt:alert(1)">', 'has a line break or tab inside its src'],
      ['<img src="&#106;avascript:alert(1)">', 'has a src that is not allowed: javascript: links are blocked'],
      [
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
        'has a src that is not allowed: data: links are blocked',
      ],
      ['<img src="//evil.example/p">', 'has a src that is not allowed: not an absolute http(s) URL'],
      ['<img src="/impr.php?x=1">', 'has a src that is not allowed: not an absolute http(s) URL'],
      ['<img src="ftp://a.example/p">', 'has a src that is not allowed: ftp: links are blocked'],
      ['<img width="1" height="1">', 'has no src attribute'],
      ['<img src="  ">', 'has an empty src attribute'],
      ['<img src>', 'has an empty src attribute'],
      ['<img src=>', 'has "=" but no value in the src attribute'],
      ['<script>alert(1)</script>', 'is a <script> tag; only a single <img> tag is allowed'],
      ['<iframe src="http://a.example/"></iframe>', 'is a <iframe> tag; only a single <img> tag is allowed'],
      ['<svg onload=alert(1)>', 'is a <svg> tag; only a single <img> tag is allowed'],
      ['<imgx src="http://a.example/p">', 'is a <imgx> tag; only a single <img> tag is allowed'],
      ['<img src="http://a.example/p"><img src="http://b.example/q">', 'contains more than one tag'],
      ['<img src="http://a.example/p"></img>', 'contains a closing tag'],
      ['<img src="http://a.example/p"><!-- x -->', 'contains an HTML comment'],
      ['<!-- x --><img src="http://a.example/p">', 'contains an HTML comment'],
      ['<!DOCTYPE html><img src="http://a.example/p">', 'contains a <!…> or <?…> declaration'],
      ['hello <img src="http://a.example/p">', 'has text before the tag'],
      ['<img src="http://a.example/p"> hello', 'has text after the <img> tag'],
      ['http://a.example/p', 'is plain text, not an <img> tag'],
      ['< img src="http://a.example/p">', 'does not start with a valid tag'],
      ['<img src="http://a.example/p"', 'has an <img> tag that is not closed'],
      ['<img src="http://a.example/p', 'has an unclosed quote in the src attribute'],
      ['<img src=\'http://a.example/p">', 'has an unclosed quote in the src attribute'],
      ['<img src=http://a.example/"p">', 'has malformed quoting in the src attribute'],
      ["<img src=http://a.example/p'>", 'has malformed quoting in the src attribute'],
      ['<img src="http://a.example/p"width="1">', 'has no space between attributes'],
      ['<img/src="http://a.example/p">', 'has a stray "/" inside the tag'],
      ['<img src="http://a.example/p" / >', 'has a stray "/" inside the tag'],
      ['<img "src"="http://a.example/p">', 'has a malformed attribute name "src"'],
      ['<img src="http://a.example/p" =x>', 'has an attribute with no name'],
      ['<img src="http://a.example/\u0000p">', 'contains invisible control characters'],
      ['<img src="http://exa\nmple.com/p">', 'has a line break or tab inside its src'],
      ['<img src="http://a.example/p?a=1&hellip;">', 'uses an HTML entity we do not decode: &hellip;'],
      ['<img src="http://a.example/p?a=1&not&b">', 'uses an HTML entity we do not decode: &not'],
      ['<img src="http://a.example/p?a=1&reg_id=2">', 'uses an HTML entity we do not decode: &reg'],
      ['<img src="http://a.example/p?a=&#x80;">', 'uses an unusual character reference &#x80;'],
      ['<img src="http://a.example/p?a=&#0;">', 'uses an unusual character reference &#0;'],
      ['<img src="http://a.example/p?a=&#99999999999;">', 'uses an unusual character reference &#99999999999;'],
    ],
    reasonFor,
  );
});
