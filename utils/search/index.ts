/** Vietnamese-aware search: normalisation, the inverted index, snippets. */
export { foldVietnamese, normalizeForSearch, hasDiacritics } from './fold';
export { tokenize, tokenForms, type TokenForms } from './tokenize';
export {
  SearchIndex,
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchField,
  type SearchHit,
  type SearchOptions,
} from './search-index';
export { snippet, matchRanges, type SnippetSegment, type SnippetOptions } from './snippet';
export { buildSearchDocument, type SearchableClip, type SearchableHighlight } from './corpus';
export { buildSearchIndex, nextMacrotask, type BuildOptions } from './build';
