import { Component } from 'react';
import type { ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the children once one of them throws. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** A change of this value (e.g. the page's path) clears a caught error. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  caught: { error: unknown } | null;
}

/** Keeps one failing part (a chunk that did not load, a render bug) from blanking the app. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { caught: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { caught: { error } };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.caught !== null && !Object.is(previous.resetKey, this.props.resetKey)) this.reset();
  }

  private readonly reset = () => {
    this.setState({ caught: null });
  };

  override render() {
    return this.state.caught === null ? this.props.children : this.props.fallback(this.state.caught.error, this.reset);
  }
}
