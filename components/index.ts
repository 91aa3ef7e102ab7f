/** The extension's Preact views (props in, events out) and what their props need. */
export { PopupView, effectiveFields, type PopupViewProps } from './PopupView';
export { LibraryView, type LibraryViewProps, type LibrarySection } from './LibraryView';
export { TagManager, type TagManagerProps, type TagActions } from './TagManager';
export { Timeline, type TimelineProps } from './Timeline';
export {
  BackupPanel,
  type BackupPanelProps,
  type RestoreProgress,
  type RestoreReport,
  type RestoreCounts,
  type RestoreIssue,
} from './BackupPanel';
export { SelectionToolbar, type SelectionToolbarProps } from './SelectionToolbar';
export { HighlightEditor, type HighlightEditorProps, type HighlightPatch } from './HighlightEditor';
export { HighlightList, type HighlightListProps, type HighlightListItem } from './HighlightList';
export { ColourLabelsEditor, type ColourLabelsEditorProps } from './ColourLabelsEditor';
export { SettingsPanel, type SettingsPanelProps } from './SettingsPanel';
export { ClipDetail, type ClipDetailProps } from './ClipDetail';
export { ExportMenu, type ExportMenuProps, type ExportFormatOption } from './ExportMenu';
export { TagInput, type TagInputProps } from './TagInput';
export { VirtualList, type VirtualListProps } from './VirtualList';
export { ConfidenceBadge, confidenceLevel, type ConfidenceLevel } from './ConfidenceBadge';
export {
  COLOUR_FILL,
  COLOUR_BORDER,
  defaultColourLabels,
  resolveColourLabels,
  type ColourLabels,
  type ColourLabelSetting,
} from './colours';
export type { ClipSummary, HighlightSummary, TagUsage, MonthBucket, LibraryFilters, SortKey } from './library-model';
export { SHADOW_CSS } from './styles/shadow-css';
