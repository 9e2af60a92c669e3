/** The looks of everything Plainsight shows on a page, inside its closed shadow root. */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { font: 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; }
.layer, .panel, .badge, .popover, .launcher { will-change: transform; contain: layout paint style; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; overflow: hidden; }
.mirror { position: fixed; overflow: hidden; color: transparent; background: transparent; margin: 0; pointer-events: none; }
.mirror .mark { background: rgb(255 221 87 / 0.55); text-decoration: underline wavy #b45309; text-decoration-thickness: 1px; border-radius: 2px; }
button, select { font: inherit; }
button { cursor: pointer; border-radius: 6px; border: 2px solid #1d4ed8; background: #fff; color: #1d4ed8; padding: 4px 10px; min-height: 32px; }
button.primary { background: #1d4ed8; color: #fff; }
button:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.badge { position: fixed; z-index: 2147483647; pointer-events: auto; border-radius: 999px; border: 2px solid #1d4ed8; background: #1d4ed8; color: #fff; padding: 2px 10px; min-height: 28px; font-size: 14px; box-shadow: 0 1px 4px rgb(0 0 0 / 0.3); }
.badge.has-terms { background: #fff; color: #1b1b1b; border-color: #b45309; }
.panel { position: fixed; z-index: 2147483647; pointer-events: auto; top: 8px; inset-inline-end: 8px; width: min(380px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto; background: #fff; color: #1b1b1b; border: 2px solid #1d4ed8; border-radius: 8px; padding: 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); }
@media (max-width: 480px) { .panel { top: auto; bottom: 0; inset-inline: 0; width: 100vw; max-height: 60vh; border-radius: 8px 8px 0 0; } }
.panel h2 { font-size: 18px; margin: 0 0 8px; }
.panel h3 { font-size: 16px; margin: 12px 0 4px; }
.panel p { margin: 4px 0; }
.head { display: flex; gap: 8px; align-items: start; justify-content: space-between; }
.terms { list-style: none; margin: 0; padding: 0; }
.terms li { border-top: 1px solid #d1d5db; padding: 8px 0; }
.term-name { font-weight: 700; }
.plain { margin: 4px 0; }
.meaning { color: #374151; font-size: 14px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
progress { width: 100%; height: 16px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: start; border-bottom: 1px solid #d1d5db; padding: 4px; vertical-align: top; }
td.number, th.number { text-align: end; }
td button { white-space: nowrap; }
.preview { width: 100%; height: 360px; border: 1px solid #6b7280; border-radius: 6px; background: #fff; }
.popover { position: fixed; z-index: 2147483647; pointer-events: auto; max-width: min(320px, calc(100vw - 16px)); background: #fff; color: #1b1b1b; border: 2px solid #1d4ed8; border-radius: 8px; padding: 8px 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); }
.launcher { position: fixed; z-index: 2147483647; pointer-events: auto; bottom: 12px; inset-inline-end: 12px; }
.visually-hidden { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.status { font-size: 14px; color: #374151; }
.summary-list { margin: 4px 0; padding-inline-start: 20px; }
.open-term { background: #fff8d6; border-inline-start: 4px solid #b45309; padding: 6px 8px; margin: 4px 0; }
@media (forced-colors: active) { .mirror .mark { forced-color-adjust: none; background: Highlight; } .badge, .panel, .popover { border-color: CanvasText; } }
`;
