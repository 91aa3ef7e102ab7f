/**
 * Styles for what the content script shows in its shadow root (SelectionToolbar, HighlightEditor),
 * as a string to put in a <style> there: the page's CSS cannot reach in, and ours cannot leak out.
 * Self-contained (no page fonts, rem-free sizes relative to the host's font size via em).
 */
export const SHADOW_CSS = `
:host { all: initial; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #111827; }
* { box-sizing: border-box; }
.pnt-toolbar { display: inline-flex; align-items: center; gap: 0.25em; padding: 0.3em; background: #ffffff; color: #111827;
  border: 1px solid #374151; border-radius: 0.5em; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.pnt-colour { width: 1.7em; height: 1.7em; border: 2px solid; border-radius: 50%; cursor: pointer; padding: 0; }
.pnt-colour[aria-pressed="true"] { box-shadow: 0 0 0 2px #ffffff, 0 0 0 4px #111827; }
.pnt-sep { width: 1px; align-self: stretch; background: #9ca3af; margin: 0 0.2em; }
.pnt-notice { padding: 0 0.4em; font-size: 0.9em; }
.pnt-button { font: inherit; font-size: 0.9em; padding: 0.25em 0.6em; border: 1px solid #374151; border-radius: 0.35em;
  background: #f9fafb; color: #111827; cursor: pointer; }
.pnt-button--danger { color: #991b1b; border-color: #991b1b; }
.pnt-toolbar button:focus-visible, .pn-highlight-editor :focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.pn-highlight-editor { display: grid; gap: 0.6em; width: 22em; max-width: 90vw; padding: 0.75em; background: #ffffff; color: #111827;
  border: 1px solid #374151; border-radius: 0.5em; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.pn-quote { margin: 0; padding-left: 0.6em; border-left: 3px solid #6b7280; color: #1f2937; max-height: 6em; overflow: auto; }
.pn-stack { display: grid; gap: 0.25em; }
.pn-small-label, .pn-field__label { font-size: 0.85em; font-weight: 600; color: #374151; }
.pn-input { font: inherit; width: 100%; padding: 0.35em 0.5em; border: 1px solid #4b5563; border-radius: 0.3em; background: #ffffff; color: #111827; }
.pn-fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 0.8em; }
.pn-choice { display: inline-flex; align-items: center; gap: 0.3em; }
.pn-swatch { display: inline-block; width: 1em; height: 1em; border: 2px solid; border-radius: 50%; }
.pn-actions { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
.pn-button { font: inherit; padding: 0.3em 0.8em; border: 1px solid #374151; border-radius: 0.35em; background: #f9fafb; color: #111827; cursor: pointer; }
.pn-button--primary { background: #1d4ed8; border-color: #1d4ed8; color: #ffffff; }
.pn-button--danger { color: #991b1b; border-color: #991b1b; background: #ffffff; }
.pn-confirm { display: inline-flex; flex-wrap: wrap; gap: 0.3em; align-items: center; }
.pn-chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em; }
.pn-chip { display: inline-flex; align-items: center; gap: 0.2em; padding: 0.1em 0.5em; border: 1px solid #4b5563; border-radius: 1em; background: #f3f4f6; }
.pn-chip__remove { font: inherit; border: 0; background: none; cursor: pointer; color: #111827; padding: 0 0.2em; }
.pn-combobox { position: relative; }
.pn-listbox { position: absolute; z-index: 1; left: 0; right: 0; margin: 0; padding: 0; list-style: none; background: #ffffff; border: 1px solid #374151; max-height: 12em; overflow: auto; }
.pn-option { padding: 0.3em 0.5em; cursor: pointer; }
.pn-option--active { background: #1d4ed8; color: #ffffff; }
.pn-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
