import { Suspense, useEffect } from 'react';
import { heroIds } from '../../heroes/registry';
import { ErrorBoundary } from '../../platform/ErrorBoundary';
import { useExpo } from '../../state/expo';
import { useLoading } from '../../state/loading';
import { HeroExhibit } from './HeroExhibit';
import { ModelPlaceholder } from './ModelPlaceholder';

function Loaded() {
  const markDone = useLoading((s) => s.markDone);
  useEffect(() => markDone('models'), [markDone]);
  return null;
}

/**
 * The three frontier instruments in the showcase; a model that fails to load leaves a placeholder (see
 * HeroExhibit), and so does any other error while drawing one.
 */
export function HeroExhibits() {
  return (
    <Suspense fallback={null}>
      {heroIds.map((id) => (
        <ErrorBoundary
          key={id}
          fallback={<ModelPlaceholder id={id} />}
          onError={() => useExpo.getState().reportModelFailure(id)}
        >
          <HeroExhibit id={id} />
        </ErrorBoundary>
      ))}
      <Loaded />
    </Suspense>
  );
}
