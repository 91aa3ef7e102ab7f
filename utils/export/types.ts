/**
 * The input every export builder takes: plain data from the store plus the few choices the user made.
 * Builders are pure: the same input gives the same bytes, so time and zone come in as data.
 */
import type { Clip, Colour, Highlight, Tag } from '../model';

/** Languages the human-readable formats are written in. */
export type ExportLocale = 'vi' | 'en';

/** How human-readable formats are organised: one section per article, or one per tag. */
export type ExportGroupBy = 'article' | 'tag';

/** What the user chose to export; used for the file name. */
export type ExportScope = 'article' | 'selection' | 'all';

/** The data and choices of one export. */
export interface ExportInput {
  /** The clips to export, in any order (builders sort them). Corrections are already applied. */
  clips: Clip[];
  /** Highlights of those clips; highlights of clips not in `clips` are ignored. */
  highlights: Highlight[];
  /** Known tags (colour, description); tags named on clips/highlights but missing here still export. */
  tags: Tag[];
  /** The user's names for the highlight colours; an empty label falls back to the colour's name. */
  colourLabels: Record<Colour, string>;
  locale: ExportLocale;
  groupBy: ExportGroupBy;
  /** The export's moment (title page, front matter, file name, zip entry times). */
  now: Date;
  /** IANA zone used to turn instants (saved, created, now) into calendar dates. Default `Asia/Ho_Chi_Minh`. */
  timeZone?: string;
}

/** The zone used when `ExportInput.timeZone` is absent: the product's users are in Vietnam. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
