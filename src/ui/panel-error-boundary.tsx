import { Component, type ErrorInfo, type ReactNode } from "react";
import { markChunkFailuresShown, retryFailedChunks } from "@/lib/retryable-lazy";

interface Props {
  fallback: (error: unknown, retry: () => void) => ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

/** Keeps a failing panel from taking the others down with it. */
export class PanelErrorBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: null };

  constructor(props: Props) {
    super(props);
    // Whatever mounts anew (a view entered again, a panel shown again) tries its failed code afresh.
    retryFailedChunks({ shownOnly: true });
  }

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    markChunkFailuresShown();
    console.warn("Panel failed", error, info.componentStack);
  }

  retry = () => {
    retryFailedChunks();
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.retry);
    return this.props.children;
  }
}
