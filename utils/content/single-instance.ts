/**
 * One live content script per page. The script can be injected again into a tab where it already
 * runs (`scripting.executeScript` after the user enables a site or asks to detect once); WXT then
 * invalidates the older instance's context, so the newer one takes over: it stops whatever the older
 * one left (listeners, paint, UI) before starting, and no page ever has two toolbars or two paints.
 */

/** Where the running instance registers itself: a property of the isolated world's globalThis. */
export const INSTANCE_KEY = '__portalNotesContentScript';

type Scope = Record<string, unknown>;

/**
 * Register `stop` as the running instance of `scope` (the isolated world's globalThis), first
 * stopping the instance registered before it, if any. Returns a function that unregisters `stop`
 * (only while it is still the registered one). `stop` must be safe to call twice.
 */
export function takeOverPage(scope: object, stop: () => void): () => void {
  const s = scope as Scope;
  const previous = s[INSTANCE_KEY];
  if (typeof previous === 'function') previous();
  s[INSTANCE_KEY] = stop;
  return () => {
    if (s[INSTANCE_KEY] === stop) delete s[INSTANCE_KEY];
  };
}
