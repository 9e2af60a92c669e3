import { css } from 'lit';

export const reportExplainerStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-block-start: 0.5rem;
  }

  label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }

  select {
    /* A set width: the menu keeps its size when its fifteen names are filled in, and the
       browser need not measure them (in eleven scripts, a font each) to size it. */
    inline-size: 11rem;
    max-inline-size: 100%;
    padding-inline: 0.5rem;
    border: 2px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  .summary {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }

  .summary ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }

  .summary li + li {
    margin-block-start: 0.25rem;
  }

  .meta,
  .hint {
    color: var(--_muted);
    margin: 0;
  }

  .error {
    border: 3px solid #b10e1e;
    border-radius: var(--_radius);
    padding: 0.75rem;
  }

  .error p {
    margin: 0 0 0.5rem;
  }

  .report {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
  }

  /* A long report: the browser lays out only the blocks near the screen. */
  .report > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }

  .report table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
    max-width: 100%;
  }

  .report th,
  .report td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }

  .report img {
    max-width: 100%;
    height: auto;
  }

  .ps-lines {
    white-space: pre-line;
  }

  .term {
    min-height: 0;
    padding: 0 0.125rem;
    margin: 0;
    border: 0;
    border-block-end: 2px dotted currentColor;
    border-radius: 2px;
    background: var(--_mark);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .term[aria-expanded='true'] {
    border-block-end-style: solid;
  }

  .explanation {
    display: block;
    margin: 0.25rem 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: normal;
    font-style: normal;
  }

  .explanation .ask {
    display: block;
    margin-block-start: 0.25rem;
    font-style: italic;
  }

  .explanation .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }

  .print-notes,
  .note-number {
    display: none;
  }

  .print-notes bdi {
    font-weight: 700;
  }

  @media print {
    .controls,
    .hint,
    .explanation,
    .error button {
      display: none !important;
    }

    .term {
      background: none;
      border: 0;
      text-decoration: underline;
    }

    .note-number,
    .print-notes {
      display: revert;
    }
  }

  @media (forced-colors: active) {
    .term {
      border-block-end-color: LinkText;
    }
  }
`;
