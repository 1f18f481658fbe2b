/**
 * A stand-in for React DevTools, installed before the app loads: after each commit it counts the
 * components that rendered (React's PerformedWork flag, as DevTools reads it), grouped by the panel
 * they sit in. Production builds report commits to this hook too, so no profiling build is needed.
 * Runs in the page; keep it self-contained.
 */
const install = () => {
  interface Fiber {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    return: Fiber | null;
    alternate: Fiber | null;
    memoizedProps: Record<string, unknown> | null;
  }
  // FunctionComponent, ClassComponent, ForwardRef, MemoComponent, SimpleMemoComponent.
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const HOST_COMPONENT = 5;
  const PERFORMED_WORK = 1;
  const counts: Record<string, number> = {};
  const w = window as unknown as { __renders: Record<string, number>; __commits: number };
  w.__renders = counts;
  w.__commits = 0;

  const panelOf = (fiber: Fiber): string => {
    for (let f: Fiber | null = fiber; f; f = f.return) {
      const panel = f.tag === HOST_COMPONENT ? f.memoizedProps?.["data-panel"] : undefined;
      if (typeof panel === "string") return panel;
    }
    return "chrome";
  };

  const visit = (fiber: Fiber) => {
    const stack: Fiber[] = [fiber];
    while (stack.length) {
      const f = stack.pop() as Fiber;
      const mounted = f.alternate === null;
      if (COMPONENT_TAGS.has(f.tag) && (mounted || (f.flags & PERFORMED_WORK) === PERFORMED_WORK)) {
        const key = panelOf(f);
        w.__renders[key] = (w.__renders[key] ?? 0) + 1;
      }
      // A subtree React bailed out of keeps the very same child fibers: nothing below rendered.
      const skipped = f.alternate !== null && f.child === f.alternate.child;
      if (f.sibling) stack.push(f.sibling);
      if (f.child && !skipped) stack.push(f.child);
    }
  };

  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      w.__commits++;
      const top = root.current;
      if (top.child && !(top.alternate && top.child === top.alternate.child)) visit(top.child);
    },
  };
};

/**
 * As page source: tsx wraps named functions in a `__name` helper that exists only in Node, so the
 * page gets a shim for it first.
 */
export const INSTALL_RENDER_COUNTER = `var __name = (f) => f; (${install.toString()})();`;
