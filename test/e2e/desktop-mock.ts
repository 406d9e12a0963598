import type { Page } from '@playwright/test';
import type { TrayMenuItem } from '../../src/shared/sessions/tray-menu';
import type { TrayView } from '../../src/shared/sessions/tray-view';

/**
 * A picture of what the Electron glue would put on the desktop (no Electron here): the tray's
 * tooltip, badge and menu from a TrayView, and native notifications' title and body, drawn as
 * plain HTML so the words can be looked at in both themes and languages. Nothing is invented:
 * every string comes from the model the glue shows verbatim.
 */
export async function showDesktopMock(page: Page, opts: { caption: string; tray?: TrayView; notifications?: { title: string; body: string }[] }): Promise<void> {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
  const item = (i: TrayMenuItem): string => {
    switch (i.kind) {
      case 'separator':
        return '<li class="sep" role="separator"></li>';
      case 'header':
        return `<li class="hdr">${esc(i.label)}</li>`;
      case 'submenu':
        return `<li>${esc(i.label)} ▸</li>`;
      case 'item':
        return `<li class="${i.enabled ? '' : 'off'}">${i.attention ? '● ' : ''}${esc(i.label)}</li>`;
    }
  };
  const tray = opts.tray
    ? `<div class="bar"><span class="icon icon-${opts.tray.icon}">${esc(opts.tray.icon)}</span>${opts.tray.badgeCount > 0 ? `<span class="badge">${opts.tray.badgeCount}</span>` : ''}</div>
       <div class="tip" role="tooltip">${esc(opts.tray.tooltip)}</div>
       <ul class="menu" role="menu">${opts.tray.menu.map(item).join('')}</ul>`
    : '';
  const notes = (opts.notifications ?? []).map((n) => `<div class="note" role="alert"><b>${esc(n.title)}</b><p>${esc(n.body)}</p></div>`).join('');
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    :root { color-scheme: light dark; font: 13px system-ui, "Noto Sans CJK SC", sans-serif; }
    body { margin: 0; padding: 16px; background: light-dark(#e9ecef, #1d2125); color: light-dark(#1f2328, #e6edf3); }
    .cap { font-size: 11px; opacity: .7; margin-bottom: 10px; }
    .bar { display: flex; gap: 6px; align-items: center; justify-content: flex-end; padding: 4px 8px; background: light-dark(#f6f8fa, #2b3137); border-radius: 6px; width: 460px; }
    .icon { padding: 2px 6px; border-radius: 4px; background: light-dark(#dde3ea, #3a424b); font-size: 11px; }
    .icon-needs-attention { background: #d97706; color: #fff; } .icon-error { background: #cf222e; color: #fff; }
    .badge { min-width: 18px; text-align: center; border-radius: 9px; background: #cf222e; color: #fff; font-size: 11px; padding: 1px 5px; }
    .tip { display: inline-block; margin: 6px 0; padding: 4px 8px; border-radius: 4px; background: light-dark(#24292f, #f0f3f6); color: light-dark(#fff, #1f2328); font-size: 12px; }
    .menu { list-style: none; margin: 0; padding: 4px 0; width: 460px; background: light-dark(#fff, #2b3137); border: 1px solid light-dark(#d0d7de, #444c56); border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
    .menu li { padding: 3px 14px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .menu .hdr, .menu .off { opacity: .55; } .menu .sep { height: 1px; padding: 0; margin: 4px 0; background: light-dark(#d0d7de, #444c56); }
    .note { width: 360px; margin-top: 12px; padding: 10px 12px; border-radius: 8px; background: light-dark(#fff, #2b3137); border: 1px solid light-dark(#d0d7de, #444c56); }
    .note p { margin: 4px 0 0; white-space: pre-wrap; }
  </style></head><body><div class="cap">${esc(opts.caption)}</div>${tray}${notes}</body></html>`);
}
