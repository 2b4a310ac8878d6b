import { isSafeHttpUrl } from '@/lib/url-safety';

export type LinkCopyFormat = 'url' | 'html' | 'markdown';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function escapeMarkdownText(text: string): string {
  // Line breaks would end the link text; the escaped characters could close the
  // brackets early, open a code span, or start raw HTML.
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\[\]`<>]/g, '\\$&');
}

/**
 * Percent-encodes what a Markdown link destination cannot hold: spaces and
 * other controls, parentheses (they would close the link), angle brackets, and
 * backslashes (Markdown escapes).
 */
function escapeMarkdownUrl(url: string): string {
  return Array.from(url, (char) => {
    const code = char.charCodeAt(0);
    const mustEncode = code <= 0x20 || code === 0x7f || '()<>\\'.includes(char);
    return mustEncode ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : char;
  }).join('');
}

/**
 * Formats a link for pasting. `html` and `markdown` only link http(s) URLs:
 * for anything else they return the label as plain text, so this can never
 * produce a `javascript:` anchor. An empty label falls back to the URL.
 */
export function formatLink(url: string, format: LinkCopyFormat, label: string): string {
  if (format === 'url') return url;
  const text = label.trim() === '' ? url : label;
  const safe = isSafeHttpUrl(url);
  if (format === 'html') {
    return safe ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
  }
  return safe ? `[${escapeMarkdownText(text)}](${escapeMarkdownUrl(url)})` : escapeMarkdownText(text);
}
