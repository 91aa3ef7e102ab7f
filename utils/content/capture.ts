/**
 * What the background needs to save the page as a clip: the detected article, the page identity
 * and a cleaned snapshot of the article body, so the clip stays readable after the portal changes.
 */
import type { PageCapture } from '../messages';
import { cleanSnapshotHtml } from '../snapshot';
import type { Detection } from './detect';

/** The full capture of a detection: article, identity, and a snapshot when the body was found. */
export function toPageCapture(detection: Detection): PageCapture {
  const body = detection.article.body.element;
  const snapshot = body && body.isConnected ? { html: cleanSnapshotHtml(body), text: detection.data.bodyText } : null;
  return { article: detection.data, identity: detection.identity, snapshot };
}

/**
 * The capture sent with a highlight on a page whose clip is already saved: the background only
 * looks the clip up by identity then, so no snapshot is built (it would be thrown away).
 */
export function toLightCapture(detection: Detection): PageCapture {
  return { article: detection.data, identity: detection.identity, snapshot: null };
}
