import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, setSetting } from '@/utils/db/settings';
import { freshDb } from './helpers';

describe('settings', () => {
  it('returns defaults, then stored values', async () => {
    const db = await freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await setSetting(db, 'locale', 'en');
    await setSetting(db, 'colourLabels', { ...DEFAULT_SETTINGS.colourLabels, yellow: 'Quan trọng' });
    expect(await getSettings(db)).toEqual({ locale: 'en', colourLabels: { ...DEFAULT_SETTINGS.colourLabels, yellow: 'Quan trọng' } });
  });

  it('rejects unknown keys and wrong values', async () => {
    const db = await freshDb();
    await expect(setSetting(db, 'theme' as never, 'dark' as never)).rejects.toMatchObject({ code: 'invalid' });
    await expect(setSetting(db, 'locale', 'fr' as never)).rejects.toMatchObject({ code: 'invalid' });
    await expect(setSetting(db, 'colourLabels', { red: 'x' } as never)).rejects.toThrow(/colourLabels\.red/);
    expect(await db.count('settings')).toBe(0);
  });
});
