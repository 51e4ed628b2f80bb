import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { ErrorBoundary } from '../platform/ErrorBoundary';

/**
 * A component from a module that arrives as its own chunk, fetched when the component first renders (parts
 * of one module share its chunk). Until the chunk is here it renders nothing; if the chunk fails to load or
 * the part fails to render, it renders nothing and the rest of the page keeps working.
 */
export function lazyPart<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  const Part = lazy(() => load().then((m): { default: ComponentType } => ({ default: m[name] })));
  return function LazyPart() {
    return (
      <ErrorBoundary fallback={null}>
        <Suspense fallback={null}>
          <Part />
        </Suspense>
      </ErrorBoundary>
    );
  };
}
