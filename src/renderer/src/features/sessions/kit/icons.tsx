import { Icon as Glyph } from '../../../ui/icons';
import type { IconProps } from '../../../ui/icons';

export const ChevronIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M9 6l6 6-6 6" />
  </Glyph>
);

export const BackIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M15 6l-6 6 6 6" />
  </Glyph>
);

export const PlusIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M12 5v14M5 12h14" />
  </Glyph>
);

export const ArchiveIcon = (p: IconProps) => (
  <Glyph {...p}>
    <rect x="3.5" y="4.5" width="17" height="4" rx="1" />
    <path d="M5 8.5v9A2 2 0 0 0 7 19.5h10a2 2 0 0 0 2-2v-9M10 12.5h4" />
  </Glyph>
);

export const StopIcon = (p: IconProps) => (
  <Glyph {...p}>
    <circle cx="12" cy="12" r="8.5" />
    <rect x="9" y="9" width="6" height="6" rx="1" />
  </Glyph>
);

export const LinkIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </Glyph>
);

export const PullRequestIcon = (p: IconProps) => (
  <Glyph {...p}>
    <circle cx="6.5" cy="5.5" r="2" />
    <circle cx="6.5" cy="18.5" r="2" />
    <circle cx="17.5" cy="18.5" r="2" />
    <path d="M6.5 7.5v9M17.5 16.5V10a3 3 0 0 0-3-3H11M13 4.5 11 7l2 2.5" />
  </Glyph>
);

export const SendIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M4.5 12 20 4.5 15.5 20l-3.5-6.5z" />
    <path d="M12 13.5 20 4.5" />
  </Glyph>
);

export const TagIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M3.5 12.2V4.5a1 1 0 0 1 1-1h7.7l8.3 8.3a1 1 0 0 1 0 1.4l-7.3 7.3a1 1 0 0 1-1.4 0z" />
    <circle cx="8" cy="8" r="1.3" />
  </Glyph>
);

export const RefreshIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" />
    <path d="M19.5 4.5v4.2h-4.2" />
  </Glyph>
);
