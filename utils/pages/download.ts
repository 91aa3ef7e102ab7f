/**
 * Saving a file from an extension page: an object URL and a click on an `<a download>`, which
 * needs no `downloads` permission and works the same in Chrome and Firefox.
 */

/** How long the object URL stays valid: the browser reads the blob after the click returns. */
const REVOKE_AFTER_MS = 60_000;

/** Start the download of `blob` as `filename` from the page of `doc`. */
export function downloadBlob(
  doc: Document,
  blob: Blob,
  filename: string,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
  later: (fn: () => void, ms: number) => unknown = setTimeout,
): void {
  const href = urls.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  later(() => urls.revokeObjectURL(href), REVOKE_AFTER_MS);
}
