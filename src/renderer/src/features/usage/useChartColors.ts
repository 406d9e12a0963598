import { useEffect, useState, type RefObject } from 'react';
import type { ConsumptionProduct } from '../../../../shared/domain/consumption';

/** Colors a canvas chart needs, resolved from the theme's CSS (canvas cannot read CSS variables). */
export interface ChartColors {
  products: Record<ConsumptionProduct, string>;
  axis: string;
  grid: string;
  font: string;
}

function read(root: HTMLElement): ChartColors {
  const color = (name: string) => {
    const el = root.querySelector<HTMLElement>(`[data-swatch="${name}"]`);
    return el ? getComputedStyle(el).color : '#888';
  };
  return {
    products: { devin: color('devin'), cascade: color('cascade'), terminal: color('terminal') },
    axis: color('axis'),
    grid: color('grid'),
    font: getComputedStyle(root).fontFamily || 'system-ui, sans-serif',
  };
}

/**
 * Reads the swatches rendered inside `ref` (spans whose `color` is a theme token), and reads them
 * again when the theme changes: the setting (`data-theme` on <html>) or, for 'system', the OS.
 */
export function useChartColors(ref: RefObject<HTMLElement | null>): ChartColors | null {
  const [colors, setColors] = useState<ChartColors | null>(null);
  useEffect(() => {
    const update = () => {
      if (ref.current) setColors(read(ref.current));
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'lang'] });
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', update);
    };
  }, [ref]);
  return colors;
}
