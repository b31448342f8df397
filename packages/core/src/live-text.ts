/**
 * Live-region text stays short: a screen reader reads all of an announcement before the next
 * key press is heard, so a long one (an agreement between two long official names) gets in the
 * way. Longer text is cut at a word boundary with an ellipsis.
 */

/** The longest announcement, in characters. */
export const MAX_ANNOUNCEMENT_LENGTH = 119;

/** `text`, or its first words within MAX_ANNOUNCEMENT_LENGTH followed by "…". */
export function shortAnnouncement(text: string): string {
  if (text.length <= MAX_ANNOUNCEMENT_LENGTH) return text;
  const cut = text.slice(0, MAX_ANNOUNCEMENT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_ANNOUNCEMENT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
