import { LINK_PLACEHOLDER, renderSmsTemplate } from './render-template';

const LINK = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547';

describe('renderSmsTemplate', () => {
  it('the default template is just the link', () => {
    expect(LINK_PLACEHOLDER).toBe('{link}');
    expect(renderSmsTemplate(LINK_PLACEHOLDER, LINK)).toBe(LINK);
  });

  it('replaces every {link}', () => {
    expect(renderSmsTemplate('Deal: {link} (again: {link}) Reply STOP', LINK)).toBe(
      `Deal: ${LINK} (again: ${LINK}) Reply STOP`,
    );
  });

  it('inserts links containing "$" patterns literally', () => {
    expect(renderSmsTemplate('Go {link}', "http://t.example/?a=$&b=$1&c=$'")).toBe(
      "Go http://t.example/?a=$&b=$1&c=$'",
    );
  });

  it('leaves other braces and templates without {link} alone', () => {
    expect(renderSmsTemplate('{Link} {name} {link}', 'L')).toBe('{Link} {name} L');
    expect(renderSmsTemplate('No link here', LINK)).toBe('No link here');
    expect(renderSmsTemplate('', LINK)).toBe('');
  });

  it('does not re-expand a {link} inside the link itself', () => {
    expect(renderSmsTemplate('{link}!', 'http://t.example/?s={link}')).toBe('http://t.example/?s={link}!');
  });
});
