/**
 * Sites beyond the default portals: the user grants them one at a time (optional host permissions),
 * and the background registers the content script for exactly those origins.
 */
import { isDefaultPortal } from './portals';

/** The match pattern for a page's site (`https://example.com/*`), or null for non-web URLs. */
export function sitePattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** How the extension stands on a page: runs by default, runs because the user enabled the site, or not. */
export type SiteAccess = 'portal' | 'enabled' | 'not-enabled' | 'unsupported';

export function siteAccess(url: string, grantedOrigins: readonly string[]): SiteAccess {
  const pattern = sitePattern(url);
  if (!pattern) return 'unsupported';
  if (isDefaultPortal(url)) return 'portal';
  return grantedOrigins.includes(pattern) ? 'enabled' : 'not-enabled';
}

/** Content-script registration id for a user-enabled site (stable, so re-registering replaces). */
export function registrationId(pattern: string): string {
  return 'site:' + pattern;
}

/** User-granted origins: those the browser reports minus the manifest's own host permissions. */
export function userOrigins(granted: readonly string[], manifestHosts: readonly string[]): string[] {
  const fixed = new Set(manifestHosts);
  return granted.filter((o) => !fixed.has(o) && /^https?:\/\/[^*/]+\/\*$/.test(o));
}
