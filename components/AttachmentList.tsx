/**
 * The files a clip's page offers (a decision's PDF, an announcement's forms), as links that open in a new
 * tab. Only http(s) addresses become links; the names are page text, shown as text.
 */
import type { Attachment } from '../utils/model';
import { safeHref } from './library-model';

export function AttachmentList({ files }: { files: readonly Attachment[] }) {
  return (
    <ul class="pn-attachments">
      {files.map((f) => {
        const href = safeHref(f.url);
        return (
          <li key={f.url}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={f.url}>
                {f.name || f.url}
              </a>
            ) : (
              f.name
            )}
          </li>
        );
      })}
    </ul>
  );
}
