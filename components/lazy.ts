import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component whose code loads on first use (or on `preload`), so each popup screen only loads what it shows. */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => (pending ??= load().then((c) => (loaded = c)));
  return Object.assign(function Lazy(props: P) {
    // Components are functions: wrap them so useState does not call them as initialisers.
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    // Started while rendering, not after the next paint, so the code arrives a frame sooner.
    if (!component) void preload();
    useEffect(() => {
      if (!component) void pending!.then((c) => setComponent(() => c));
    }, [component]);
    return component ? h(component, props) : null;
  }, { preload });
}
