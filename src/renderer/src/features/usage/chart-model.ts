import { CONSUMPTION_PRODUCTS, type ConsumptionProduct } from '../../../../shared/domain/consumption';
import type { UsageDay } from '../../../../shared/usage/usage-report';

/** Bottom to top: Devin, then Windsurf, then terminal. */
export const STACK_ORDER: readonly ConsumptionProduct[] = CONSUMPTION_PRODUCTS;

/** One layer of the stacked bars: the cumulative top of `product` for each day. */
export interface StackLayer {
  product: ConsumptionProduct;
  tops: number[];
}

/**
 * uPlot draws bars, not stacks: each layer is drawn as a bar as tall as everything up to and
 * including its product, top layer first, so the later (shorter) bars cover the earlier ones and
 * each band shows one product. Returns the layers in drawing order (tallest first).
 */
export function stackLayers(days: readonly UsageDay[]): StackLayer[] {
  const layers: StackLayer[] = [];
  const running = days.map(() => 0);
  for (const product of STACK_ORDER) {
    days.forEach((d, i) => {
      running[i] = (running[i] ?? 0) + d.byProduct[product];
    });
    layers.push({ product, tops: [...running] });
  }
  return layers.reverse();
}

/** Products with any ACUs in the period (the legend and the table show only these, Devin always). */
export function productsShown(days: readonly UsageDay[]): ConsumptionProduct[] {
  return STACK_ORDER.filter((p) => p === 'devin' || days.some((d) => d.byProduct[p] > 0));
}

/** Every `step`-th day gets an axis label, so labels never crowd (about one per 56 px). */
export function labelStep(dayCount: number, widthPx: number): number {
  const fit = Math.max(1, Math.floor(widthPx / 56));
  for (const step of [1, 2, 7, 14, 30]) if (Math.ceil(dayCount / step) <= fit) return step;
  return 30;
}
