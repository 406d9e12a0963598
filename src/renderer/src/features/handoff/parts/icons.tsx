import type { SVGProps } from 'react';

type P = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

/** Stroke icons the handoff screen needs beyond ui/icons (same 24-unit, currentColor style). */
function Svg({ size = 16, d, ...rest }: P & { d: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...rest}>
      <path d={d} />
    </svg>
  );
}

export const FolderIcon = (p: P) => <Svg {...p} d="M3.5 7.5A2 2 0 0 1 5.5 5.5h4l2 2.2h7a2 2 0 0 1 2 2v7.8a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2z" />;
export const BranchIcon = (p: P) => <Svg {...p} d="M7 4.5v10M7 14.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM17 9.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM17 9.5c0 4-10 2.5-10 5" />;
export const RefreshIcon = (p: P) => <Svg {...p} d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4.5v4h-4" />;
export const LockIcon = (p: P) => <Svg {...p} d="M7 11V8a5 5 0 0 1 10 0v3M6 11h12v9H6z" />;
export const ShieldIcon = (p: P) => <Svg {...p} d="M12 3.5 5 6.5v5c0 4.2 3 7.6 7 9 4-1.4 7-4.8 7-9v-5zM9.5 12l2 2 3.5-4" />;
export const LinkIcon = (p: P) => <Svg {...p} d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />;
