import { css } from 'lit';

/**
 * The global design tokens, and what every widget shares: its box, its font, its headings. A school sets any `--ps-*` property on the element (or on the
 * page) to match its own colours; each has a default with good contrast.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--ps-accent, #1d4ed8);
    --_accent-text: var(--ps-accent-text, #ffffff);
    --_mark: var(--ps-mark, #fff3b0);
    --_surface: var(--ps-surface, #ffffff);
    --_text: var(--ps-text, #1b1b1b);
    --_muted: var(--ps-muted, #4b5563);
    --_border: var(--ps-border, #6b7280);
    --_focus: var(--ps-focus, #ffbf47);
    --_radius: var(--ps-radius, 6px);
    --_font: var(--ps-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_space: var(--ps-space, 1rem);
    --_error: var(--ps-error, #b10e1e);
    --_success: var(--ps-success, #1d6b35);
    display: block;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4,
  h5 {
    line-height: 1.25;
    margin: 0;
  }

  h2 {
    font-size: 1.375rem;
  }

  h3 {
    font-size: 1.125rem;
  }

  .vh {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button,
  select {
    font: inherit;
    min-height: 44px;
    border-radius: var(--_radius);
  }

  /* Every widget's buttons: filled for the main action, outlined ("quiet") for the others. */
  .action {
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }

  .action.quiet {
    background: var(--_surface);
    color: var(--_accent);
  }

  button:focus-visible,
  select:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }

  @media (forced-colors: active) {
    button:focus-visible,
    select:focus-visible {
      outline-color: Highlight;
    }
  }
`;
