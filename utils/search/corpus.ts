/**
 * Builds the search document of one clip from its metadata, its highlights and its body text, so
 * every side (background, Library page, benchmark) indexes clips the same way.
 */
import type { Clip, Highlight } from '../model';
import type { SearchDocument } from './search-index';

/** The parts of a clip the index reads. */
export type SearchableClip = Pick<Clip, 'id' | 'title' | 'site' | 'authors' | 'tags' | 'documentNumber'>;
/** The parts of a highlight the index reads. */
export type SearchableHighlight = Pick<Highlight, 'quote' | 'note' | 'tags'>;

/** One clip's search document; highlight tags count as the clip's tags. */
export function buildSearchDocument(
  clip: SearchableClip,
  highlights: readonly SearchableHighlight[],
  bodyText: string,
): SearchDocument {
  const tags = new Set(clip.tags);
  for (const h of highlights) for (const t of h.tags) tags.add(t);
  return {
    id: clip.id,
    fields: {
      // a document is found by its number (`245/QĐ-SNV`, or `245 qđ snv`) as by its title
      title: clip.documentNumber ? `${clip.title}\n${clip.documentNumber}` : clip.title,
      quotes: highlights.map((h) => h.quote).join('\n'),
      notes: highlights
        .map((h) => h.note)
        .filter(Boolean)
        .join('\n'),
      tags: [...tags].join('\n'),
      authors: clip.authors.join('\n'),
      site: clip.site,
      body: bodyText,
    },
  };
}
