/**
 * Text with the query's words marked, built from snippet segments as elements: the text is
 * always a text node, whatever characters it contains.
 */
import { useMemo } from 'preact/hooks';
import { snippet } from '../utils/search/snippet';

export interface MarkedProps {
  text: string;
  query: string;
  /** Cut long text around the first match (see `snippet`). */
  maxLength?: number;
}

/** Render `text` with `<mark>`s around the matches. */
export function Marked({ text, query, maxLength }: MarkedProps) {
  const segments = useMemo(
    () => (query.trim() ? snippet(text, query, { maxLength }) : [{ text: maxLength && text.length > maxLength ? `${text.slice(0, maxLength)}…` : text, match: false }]),
    [text, query, maxLength],
  );
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
