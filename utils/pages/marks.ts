/**
 * Named moments of a page's loading (`pn:<stage>` performance marks, ms from navigation start), so
 * the UI benchmark and DevTools can see where the time goes. Marks cost microseconds.
 */

/** Record that `stage` was reached now. */
export function markStage(stage: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`pn:${stage}`);
}

/** Resolves once the browser has painted what is rendered now (the next frame, then the task after it). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    }),
  );
}

/** Mark `stage` once what is rendered now has been painted. */
export function markAfterPaint(stage: string): Promise<void> {
  return afterPaint().then(() => markStage(stage));
}
