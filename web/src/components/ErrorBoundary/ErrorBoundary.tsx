import { Component, type ComponentChildren } from 'preact';
import { ProblemPage } from '../../pages/errors/ProblemPage.js';

/**
 * Catches a page that throws while rendering and shows the problem page instead of a blank
 * screen; the header (language, sign-out) stays usable. A new path clears the error.
 */
export class ErrorBoundary extends Component<{ path: string; children: ComponentChildren }, { failedAt: string | null }> {
  override state = { failedAt: null as string | null };

  override componentDidCatch(error: unknown) {
    this.setState({ failedAt: this.props.path });
    console.error(error);
  }

  override render() {
    const { failedAt } = this.state;
    return failedAt === this.props.path ? <ProblemPage /> : this.props.children;
  }
}
