import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the children once they have thrown while rendering. */
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

/** Keeps one broken part (a draft the canvas cannot draw) from blanking the whole studio. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
