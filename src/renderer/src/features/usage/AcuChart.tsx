import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { UsageDay } from '../../../../shared/usage/usage-report';
import { labelStep, stackLayers } from './chart-model';
import type { ChartColors } from './useChartColors';

export interface AcuChartProps {
  days: readonly UsageDay[];
  colors: ChartColors;
  /** Axis label for a day (the locale's short date). */
  dayLabel: (day: UsageDay) => string;
  /** Axis label for an ACU figure (the locale's numbers). */
  acusLabel: (acus: number) => string;
  /** The day under the pointer (null when it leaves). */
  onHover: (index: number | null) => void;
}

const HEIGHT = 220;
const MIN_WIDTH = 240;

/**
 * ACUs per day as stacked bars, drawn by uPlot on a canvas (loaded with the Usage screen only).
 * The canvas is hidden from assistive tech: the figure's table says the same in text.
 */
export default function AcuChart({ days, colors, dayLabel, acusLabel, onHover }: AcuChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const layers = stackLayers(days);
    const n = days.length;
    const indices = days.map((_, i) => i);
    const font = `11px ${colors.font}`;
    const axis = { stroke: colors.axis, font, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1, size: 4 } };
    const opts: uPlot.Options = {
      width: Math.max(MIN_WIDTH, el.clientWidth),
      height: HEIGHT,
      legend: { show: false },
      cursor: { y: false, points: { show: false }, drag: { x: false, y: false, setScale: false } },
      scales: { x: { time: false, range: [-0.5, n - 0.5] }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.08 : 1] } },
      axes: [
        {
          ...axis,
          size: 28,
          grid: { show: false },
          // Label every step-th day, counted back from today so today always has its label.
          splits: (u) => {
            const step = labelStep(n, u.width);
            return indices.filter((i) => (n - 1 - i) % step === 0);
          },
          values: (_u, splits) => splits.map((i) => (days[i] ? dayLabel(days[i]) : '')),
        },
        { ...axis, size: 48, values: (_u, splits) => splits.map((v) => acusLabel(v)) },
      ],
      series: [
        {},
        ...layers.map((layer) => ({
          label: layer.product,
          fill: colors.products[layer.product],
          stroke: colors.products[layer.product],
          width: 0,
          points: { show: false },
          paths: uPlot.paths.bars?.({ size: [0.72, 36], gap: 1 }),
        })),
      ],
      hooks: { setCursor: [(u) => onHover(u.cursor.idx ?? null)] },
    };
    const plot = new uPlot(opts, [indices, ...layers.map((l) => l.tops)], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(MIN_WIDTH, el.clientWidth), height: HEIGHT }));
    resize.observe(el);
    const leave = () => onHover(null);
    el.addEventListener('mouseleave', leave);
    return () => {
      el.removeEventListener('mouseleave', leave);
      resize.disconnect();
      plot.destroy();
    };
  }, [days, colors, dayLabel, acusLabel, onHover]);
  return <div ref={host} className="usage-chart-canvas" aria-hidden="true" data-testid="usage-chart" />;
}
