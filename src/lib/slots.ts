/**
 * Wording from content/ with a slot for an element (a link, a value shown in its own tag): the template split around
 * the slot, e.g. 请看{link}。 → ['请看', '。']. Slots filled with plain text use fill() (src/lib/questionnaire/text.ts).
 */
export function around(template: string, slot: string): [string, string] {
  const marker = `{${slot}}`;
  const at = template.indexOf(marker);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + marker.length)];
}
