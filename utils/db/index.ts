/** The library database's public API: open it, then call the repository functions with the handle. */
export { LIBRARY_DB_NAME, createLibraryConnection, openLibrary } from './open';
export { CURRENT_VERSION } from './migrations';
export { toDbError } from './errors';
export { verifyLibrary } from './integrity';
export type { IntegrityReport } from './integrity';
export {
  applyCorrections,
  deleteClip,
  getClip,
  getClipByUrl,
  getSnapshot,
  listClips,
  listFirstClips,
  refreshDetected,
  saveClip,
  saveSnapshot,
  setCorrections,
  updateClip,
} from './clips';
export type { ClipPage, ClipQuery, ClipSort, SaveClipInput, SaveClipResult } from './clips';
export {
  deleteHighlight,
  restoreHighlight,
  getClipWithHighlights,
  getClipWithHighlightsByUrl,
  listHighlights,
  saveHighlight,
  updateHighlight,
} from './highlights';
export type { HighlightPatch, HighlightQuery, SaveHighlightInput } from './highlights';
export { createTag, deleteTag, getTag, listTagNames, listTagRecords, listTags, mergeTags, renameTag, retagClips, updateTag } from './tags';
export type { TagWithCounts } from './tags';
export { DEFAULT_SETTINGS, getSettings, setSetting } from './settings';
export type { ClipRecord, Clock, LibraryDB, Settings } from './types';
