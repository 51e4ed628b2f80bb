import { useEffect } from 'react';
import { useProgress } from '@react-three/drei';
import { useLoading } from '../state/loading';

/** Feeds the loader's file counts (models) to the loading screen. */
export function AssetProgress() {
  const loaded = useProgress((s) => s.loaded);
  const total = useProgress((s) => s.total);
  const setAssets = useLoading((s) => s.setAssets);
  useEffect(() => setAssets(loaded, total), [loaded, total, setAssets]);
  return null;
}
