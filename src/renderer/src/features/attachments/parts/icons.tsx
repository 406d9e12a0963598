import { Icon as Glyph } from '../../../ui/icons';
import type { IconProps } from '../../../ui/icons';

export const FileIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M7 3h7l5 5v11.5A1.5 1.5 0 0 1 17.5 21h-10A1.5 1.5 0 0 1 6 19.5v-15A1.5 1.5 0 0 1 7.5 3z" />
    <path d="M14 3v5h5" />
  </Glyph>
);

export const DownloadIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5" />
    <path d="M5 19.5h14" />
  </Glyph>
);

export const PaperclipIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M19.5 11.5 12 19a5 5 0 0 1-7-7l7.8-7.8a3.3 3.3 0 0 1 4.7 4.7L9.8 16.6a1.7 1.7 0 0 1-2.4-2.4L14.5 7" />
  </Glyph>
);

export const FolderIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M3.5 7.5A2 2 0 0 1 5.5 5.5h4l2 2.2h7a2 2 0 0 1 2 2v7.8a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2z" />
  </Glyph>
);

export const RefreshIcon = (p: IconProps) => (
  <Glyph {...p}>
    <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4.5v4h-4" />
  </Glyph>
);
