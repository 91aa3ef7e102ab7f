/**
 * The database's TypeScript schema and the record shapes the repository returns. Kept apart from
 * the migrations so every module can import the types without pulling in upgrade code.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Clip, Colour, Highlight, Snapshot, Tag } from '../model';

/** Epoch milliseconds now. Repository functions take one so tests control time. */
export type Clock = () => number;

/**
 * A clip as stored: the model's Clip plus two summaries of its highlights, kept up to date in
 * the same transaction as every highlight write (so the library list and the colour filter need
 * no highlight reads). `detected.bodyText` is stored empty: the article text lives in the clip's
 * Snapshot, which list queries never load.
 */
export interface ClipRecord extends Clip {
  highlightCount: number;
  /** Colours of the clip's highlights, in COLOURS order, each once. */
  highlightColours: Colour[];
}

/** User settings, one record per key. */
export interface Settings {
  /** What each highlight colour means to this user ('' = no label). */
  colourLabels: Record<Colour, string>;
  locale: 'vi' | 'en';
}

export interface SettingRecord<K extends keyof Settings = keyof Settings> {
  key: K;
  value: Settings[K];
}

export interface LibrarySchema extends DBSchema {
  clips: {
    key: string;
    value: ClipRecord;
    indexes: {
      url: string;
      aliases: string;
      site: string;
      published: string;
      tags: string;
      updatedAt: number;
      savedAt: number;
      site_published: [string, string];
      highlightColours: Colour;
    };
  };
  highlights: {
    key: string;
    value: Highlight;
    indexes: { clipId: string; url: string; colour: Colour; tags: string; updatedAt: number };
  };
  tags: { key: string; value: Tag };
  settings: { key: string; value: SettingRecord };
  snapshots: { key: string; value: Snapshot };
}

/** An open library database. */
export type LibraryDB = IDBPDatabase<LibrarySchema>;

export type StoreName = 'clips' | 'highlights' | 'tags' | 'settings' | 'snapshots';
