/** User settings (colour meanings, interface language), one record per key, with defaults. */
import { COLOURS } from '../model';
import type { Colour } from '../model';
import { ProtocolError } from '../messages';
import { invalidInput, read, write } from './errors';
import { check, literal, object, optional, partialRecord, string } from './shapes';
import type { Shape } from './shapes';
import type { LibraryDB, SettingRecord, Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  colourLabels: Object.fromEntries(COLOURS.map((c) => [c, ''])) as Record<Colour, string>,
  locale: 'vi',
};

const colourLabelsShape: Shape<Record<Colour, string>> = (value, path, issues) => {
  const labels = partialRecord(COLOURS, string({ max: 200 }))(value, path, issues);
  return typeof labels === 'object' ? { ...DEFAULT_SETTINGS.colourLabels, ...labels } : labels;
};

/** The shape of each setting's value. */
export const SETTING_SHAPES: { [K in keyof Settings]: Shape<Settings[K]> } = {
  colourLabels: colourLabelsShape,
  locale: literal('vi', 'en'),
};

export function isSettingKey(key: string): key is keyof Settings {
  return Object.prototype.hasOwnProperty.call(SETTING_SHAPES, key);
}

/** All settings, defaults filled in. */
export async function getSettings(db: LibraryDB): Promise<Settings> {
  const records = await read(db, ['settings'], (tx) => tx.objectStore('settings').getAll());
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const record of records) {
    if (isSettingKey(record.key)) (settings as unknown as Record<string, unknown>)[record.key] = record.value;
  }
  return settings;
}

/** Store one setting (validated). */
export async function setSetting<K extends keyof Settings>(db: LibraryDB, key: K, value: Settings[K]): Promise<void> {
  if (!isSettingKey(key)) throw new ProtocolError('invalid', `Unknown setting "${String(key)}"`);
  const parsed = check(SETTING_SHAPES[key] as Shape<Settings[K]>, value, key);
  if (!parsed.ok) throw invalidInput('setting', parsed.issues);
  await write(db, ['settings'], async (tx) => {
    await tx.objectStore('settings').put({ key, value: parsed.value } as SettingRecord);
  });
}

/** A whole settings object (backup files): every key optional. */
export const settingsShape = object({
  colourLabels: optional(colourLabelsShape),
  locale: optional(SETTING_SHAPES.locale),
});
