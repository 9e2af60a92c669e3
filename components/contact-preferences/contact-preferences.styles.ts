import { css } from 'lit';

// Logical properties throughout (inline/block, start/end), so Urdu lays out right to left.
// Single-column grids and wrapping rows: it works 320 px wide and at 200% zoom.
export const contactPreferencesStyles = css`
  .base,
  .all,
  .carer,
  .consent,
  .save {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }

  p {
    margin: 0;
  }

  .hint {
    color: var(--_muted);
  }

  .label {
    font-weight: 600;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  .carer {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }

  .carer > legend {
    font-size: 1.125rem;
    font-weight: 700;
    padding-inline: 0.25rem;
  }

  .group {
    display: grid;
    gap: 0.375rem;
  }

  .group > legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.375rem;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    cursor: pointer;
  }

  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field label {
    font-weight: 600;
  }

  .nested {
    padding-inline-start: 2rem;
  }

  input[type='text'],
  input[type='tel'],
  input[type='email'],
  textarea,
  select {
    font: inherit;
    inline-size: 100%;
    max-inline-size: 32rem;
    min-block-size: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  /* Numbers and addresses read left to right in every language, but sit on the reading side. */
  input[dir='ltr'] {
    text-align: start;
  }

  :host(:dir(rtl)) input[dir='ltr'],
  [dir='rtl'] input[dir='ltr'] {
    text-align: end;
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-inline-start-width: 5px;
  }

  .choice input[aria-invalid='true'] {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
  }

  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }

  .field-error {
    color: var(--_error);
    font-weight: 600;
  }

  .order {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }

  .choice-row {
    display: grid;
    gap: 0.375rem;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }

  .move,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* The quiet action's look, smaller. */
  .small {
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  button[disabled] {
    cursor: default;
    opacity: 0.6;
  }

  .consent {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
    gap: 0.5rem;
  }

  .consent ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .sync {
    color: var(--_muted);
  }

  .sync[data-state='sent'] {
    color: var(--_success);
  }

  .sync[data-state='rejected'] {
    color: var(--_error);
    font-weight: 600;
  }

  .notice {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }

  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }

    input:focus-visible,
    textarea:focus-visible {
      outline-color: Highlight;
    }
  }
`;
