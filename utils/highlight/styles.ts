/**
 * Names and CSS of painted highlights. The content script injects `highlightCss()` into the page
 * (`::highlight()` rules only work in the page's own stylesheets, not inside a shadow root).
 */

import { COLOURS, type Colour } from '../model';
import { MARK_ID_ATTRIBUTE } from '../anchor/own-nodes';

/** Attribute on fallback `<mark>`s holding the colour. */
export const MARK_COLOUR_ATTRIBUTE = 'data-portal-notes-colour';
/** Attribute on the fallback `<mark>`s of the focused highlight. */
export const MARK_FOCUS_ATTRIBUTE = 'data-portal-notes-focus';
/** Registered name of the focused (hovered/selected) highlight. */
export const FOCUS_HIGHLIGHT_NAME = 'portal-notes-focus';

/** Registered name of a detected field the popup asked to show (title, date, signature, body). */
export const DETECTED_HIGHLIGHT_NAME = 'portal-notes-detected';

/** Registered CSS highlight name for a colour: `portal-notes-yellow`, … */
export function highlightName(colour: Colour): string {
  return `portal-notes-${colour}`;
}

/** Background of each colour: translucent so the page's text colour stays readable. */
export const COLOUR_BACKGROUNDS: Record<Colour, string> = {
  yellow: 'rgb(250 204 21 / 0.45)',
  green: 'rgb(74 222 128 / 0.40)',
  blue: 'rgb(96 165 250 / 0.40)',
  pink: 'rgb(244 114 182 / 0.40)',
  orange: 'rgb(251 146 60 / 0.45)',
};

const FOCUS_COLOUR = 'rgb(37 99 235)';

/** The stylesheet for both painters (Highlight API and `<mark>` fallback). */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const colour of COLOURS) {
    rules.push(`::highlight(${highlightName(colour)}) { background-color: ${COLOUR_BACKGROUNDS[colour]}; }`);
    rules.push(
      `mark[${MARK_ID_ATTRIBUTE}][${MARK_COLOUR_ATTRIBUTE}="${colour}"] { background-color: ${COLOUR_BACKGROUNDS[colour]}; color: inherit; padding: 0; margin: 0; border-radius: 0; font: inherit; }`,
    );
  }
  rules.push(`::highlight(${FOCUS_HIGHLIGHT_NAME}) { text-decoration: underline 2px ${FOCUS_COLOUR}; }`);
  rules.push(`::highlight(${DETECTED_HIGHLIGHT_NAME}) { background-color: rgb(147 197 253 / 0.55); text-decoration: underline 2px ${FOCUS_COLOUR}; }`);
  rules.push(`mark[${MARK_FOCUS_ATTRIBUTE}] { text-decoration: underline 2px ${FOCUS_COLOUR}; cursor: pointer; }`);
  return rules.join('\n');
}
