import { type ComponentType, createElement, type LazyExoticComponent, lazy } from "react";

/** A code chunk that could not be downloaded: offline, a flaky network, or removed by a redeploy. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "ChunkLoadError";
  }
}

/** Chromium, Firefox and Safari word a failed dynamic import differently; Vite adds its own for preloads. */
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

export const isChunkLoadError = (error: unknown): boolean =>
  error instanceof ChunkLoadError || (error instanceof Error && CHUNK_FAILURE.test(error.message));

/** Each failed chunk's reset, and whether its failure has been shown to the user yet. */
const failedResets = new Map<() => void, boolean>();
let onChunkFailure: (() => void) | undefined;

/** Called on every failed chunk, e.g. to look for a redeploy. */
export function whenChunkFails(handler: () => void): void {
  onChunkFailure = handler;
}

/**
 * React's lazy() keeps a rejected import forever. This one forgets it when asked, so a Retry
 * downloads the chunk again instead of showing the same failure.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> & { preload(): Promise<void> } {
  let loaded: { default: ComponentType<P> } | undefined;
  // One import at a time: a render that comes while a preload is under way waits for the same one,
  // so a failing chunk is fetched, and reported, once.
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const attempt = (): PromiseLike<{ default: ComponentType<P> }> => {
    // Already here: a thenable that answers at once, so lazy() renders it in this very render
    // (a print's synchronous render, say) instead of suspending for a tick.
    const module = loaded;
    if (module)
      // biome-ignore lint/suspicious/noThenProperty: a thenable that resolves synchronously is the point
      return { then: (resolve) => Promise.resolve(resolve?.(module)) } as PromiseLike<typeof module>;
    pending ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        if (!isChunkLoadError(error)) throw error;
        failedResets.set(reset, false);
        onChunkFailure?.();
        throw new ChunkLoadError(error);
      },
    );
    return pending;
  };
  // lazy() calls then() on what the loader returns; React's types ask for a whole Promise.
  const lazyComponent = () => lazy(attempt as () => Promise<{ default: ComponentType<P> }>);
  let current: LazyExoticComponent<ComponentType<P>> = lazyComponent();
  function reset() {
    pending = undefined;
    current = lazyComponent();
  }
  function RetryableLazy(props: P) {
    return createElement(current, props);
  }
  /**
   * Downloads and runs the module now, without rendering it; settles once it is here or has failed.
   * A failure is left for the render to show.
   */
  RetryableLazy.preload = async (): Promise<void> => {
    if (!loaded) await attempt().then(undefined, () => {});
  };
  return RetryableLazy;
}

/** Called once a failure is on screen (an error boundary committed its message). */
export function markChunkFailuresShown(): void {
  for (const reset of failedResets.keys()) failedResets.set(reset, true);
}

/**
 * Forgets failed chunks, so the next render imports them afresh. `shownOnly` leaves alone a failure
 * no one has seen yet: a boundary rebuilt while its view is still loading must show that failure,
 * not download the chunk again and again.
 */
export function retryFailedChunks({ shownOnly = false }: { shownOnly?: boolean } = {}): void {
  for (const [reset, shown] of failedResets) {
    if (shownOnly && !shown) continue;
    reset();
    failedResets.delete(reset);
  }
}
