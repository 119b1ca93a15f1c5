// Error boundaries: one at the root, one around the canvas (a WebGL failure must not blank the page).
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** What failed, for the message ("the explorer", "the graph view"). */
  what: string;
  /** Extra advice shown under the error (a function is only called once something failed). */
  advice?: ReactNode | (() => ReactNode);
  children: ReactNode;
}

/** Catches render errors of its children and shows what failed with a retry. */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`web: ${this.props.what} crashed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const advice = typeof this.props.advice === 'function' ? this.props.advice() : this.props.advice;
    return (
      <div className="boundary">
        <div className="state-card error" role="alert" data-testid="error-boundary">
          <h2>Something went wrong in {this.props.what}</h2>
          <p>{this.state.error.message}</p>
          {advice && <p className="muted">{advice}</p>}
          <button type="button" className="primary" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
