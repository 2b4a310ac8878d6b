export const LINK_PLACEHOLDER = '{link}';
export const DEFAULT_SMS_TEMPLATE = LINK_PLACEHOLDER;

/**
 * Replaces every `{link}` in the template with the link. The link is inserted
 * literally (split/join, not String.replace, whose `$&`-style patterns would
 * corrupt links that contain "$"). A template without `{link}` is returned as is.
 */
export function renderSmsTemplate(template: string, link: string): string {
  return template.split(LINK_PLACEHOLDER).join(link);
}
