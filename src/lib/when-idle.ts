/**
 * Runs `task` once the main thread is idle (at the latest after `timeout` ms); returns its cancel.
 * Safari has no requestIdleCallback: there it runs after `timeout`.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if ("requestIdleCallback" in window) {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, timeout);
  return () => clearTimeout(handle);
}
