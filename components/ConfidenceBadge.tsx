/**
 * Says how sure detection is of one field, in words as well as colour (colour alone is not
 * accessible): high, medium, low, not found, or "corrected by you".
 */
import type { Provenance } from '../utils/model';
import { useI18n } from '../utils/i18n';

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'none' | 'user';

/** Map a provenance (and whether the user corrected the field) to a level. */
export function confidenceLevel(provenance: Provenance | undefined, corrected: boolean): ConfidenceLevel {
  if (corrected) return 'user';
  if (!provenance) return 'none';
  if (provenance.confidence >= 0.8) return 'high';
  if (provenance.confidence >= 0.5) return 'medium';
  return 'low';
}

export interface ConfidenceBadgeProps {
  level: ConfidenceLevel;
  /** Where detection read the field (e.g. `json-ld`), shown as a tooltip. */
  source?: string;
}

const KEYS = {
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
  none: 'confidenceNone',
  user: 'confidenceUser',
} as const;

/** A small labelled badge. */
export function ConfidenceBadge({ level, source }: ConfidenceBadgeProps) {
  const { t } = useI18n();
  return (
    <span class={`pn-badge pn-badge--${level}`} title={source ? t('confidenceSource', source) : undefined}>
      {t(KEYS[level])}
    </span>
  );
}
