import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

export interface RenderBoundaryProps {
  children: ReactNode;
  /** Shown instead of `children` after one of them threw while rendering. */
  fallback: ReactNode;
  /** When this changes (e.g. new text to render), the children get another chance. */
  resetKey?: unknown;
}

interface State {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Contains a render error to one part of the window. Without it, one bad message (a stack
 * overflow in a parser, a value no component expected) unmounts the whole app: a blank window,
 * again after every reload, since the same data comes back.
 */
export class RenderBoundary extends Component<RenderBoundaryProps, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: RenderBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever reads the renderer's console; the user sees the fallback, never a stack.
    console.warn('A part of the window failed to render and was replaced by its fallback', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
