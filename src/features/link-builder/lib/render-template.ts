/** Stands for the built link in an SMS template; a new template is just this. */
export const LINK_PLACEHOLDER = '{link}';

/**
 * Replaces every `{link}` in the template with the link. The link is inserted
 * literally (split/join, not String.replace, whose `$&`-style patterns would
 * corrupt links that contain "$"). A template without `{link}` is returned as is.
 */
export function renderSmsTemplate(template: string, link: string): string {
  return template.split(LINK_PLACEHOLDER).join(link);
}
