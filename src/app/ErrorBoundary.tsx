import { Component } from 'react';
import type { ReactNode } from 'react';

/** Catches an error in the 3D view so the rest of the page keeps working; shows the given fallback. */
export class StageBoundary extends Component<
  { children: ReactNode; fallback: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error('3D view failed', error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
