/**
 * The settings the pages show and change: the interface language (a fixed language, or "same as
 * the browser") and the user's names for the highlight colours.
 *
 * The repository stores a language only as 'vi' | 'en'; "same as the browser" is the absence of
 * the record, so choosing it deletes the record (the repository has no call for that yet).
 */
import type { ColourLabelSetting } from '../../components/colours';
import type { LibraryDB, Settings } from '../db';
import { DEFAULT_SETTINGS, setSetting } from '../db';
import { resolveLocale, type Locale, type LocaleSetting } from '../i18n';
import { COLOURS } from '../model';

/** The stored language choice: 'auto' when the user never fixed one. */
export async function getLocaleSetting(db: LibraryDB): Promise<LocaleSetting> {
  const record = await db.get('settings', 'locale');
  const value = record?.value;
  return value === 'vi' || value === 'en' ? value : 'auto';
}

/** Store the language choice ('auto' removes the fixed language). */
export async function setLocaleSetting(db: LibraryDB, setting: LocaleSetting): Promise<void> {
  if (setting === 'auto') await db.delete('settings', 'locale');
  else await setSetting(db, 'locale', setting);
}

/** The interface language for a stored choice and the browser's language. */
export function pageLocale(setting: LocaleSetting, browserLanguage: string | undefined): Locale {
  return resolveLocale(setting, browserLanguage);
}

/** The stored colour names as the settings panel edits them ('' = the default meaning). */
export function colourLabelSetting(labels: Settings['colourLabels']): ColourLabelSetting {
  const out: ColourLabelSetting = {};
  for (const c of COLOURS) if (labels[c]?.trim()) out[c] = labels[c];
  return out;
}

/** Store the colour names from the settings panel (a colour left out goes back to its default meaning). */
export async function saveColourLabels(db: LibraryDB, setting: ColourLabelSetting): Promise<Settings['colourLabels']> {
  const labels = { ...DEFAULT_SETTINGS.colourLabels };
  for (const c of COLOURS) labels[c] = setting[c]?.normalize('NFC').trim() ?? '';
  await setSetting(db, 'colourLabels', labels);
  return labels;
}
