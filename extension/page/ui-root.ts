/**
 * Plainsight's one element on a page: a host with a CLOSED shadow root, so the page's scripts
 * cannot read what the extension shows or computes. In a content script there are no custom
 * elements, so everything inside is rendered with lit-html.
 */
import { UI_CSS } from './ui-styles';

export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Full-window layer for marks over fields; lets every click through. */
  layer: HTMLElement;
  /** Where the panel, badge and popovers are rendered. */
  ui: HTMLElement;
}

export function createUiRoot(lang: string, dir: 'ltr' | 'rtl'): UiRoot {
  const host = document.createElement('plainsight-ui');
  // The host covers the window but takes no room in the page and lets every click through;
  // only its shadow's own boxes take clicks. Contained, so what it shows never makes the
  // browser lay out or repaint the page itself (a marksheet has hundreds of fields).
  const fixed: [string, string][] = [
    ['position', 'fixed'], ['inset', '0'], ['width', '100vw'], ['height', '100vh'], ['margin', '0'], ['padding', '0'],
    ['border', '0'], ['pointer-events', 'none'], ['contain', 'strict'], ['z-index', '2147483647'], ['display', 'block'],
  ];
  for (const [name, value] of fixed) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(UI_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  root.className = 'root';
  root.lang = lang;
  root.dir = dir;
  const layer = document.createElement('div');
  layer.className = 'layer';
  const ui = document.createElement('div');
  root.append(layer, ui);
  shadow.append(root);
  document.documentElement.append(host);
  return { host, shadow, layer, ui };
}
