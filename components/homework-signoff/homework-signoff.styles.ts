import { css } from 'lit';

// Logical properties throughout (inline/block, start/end), so Urdu lays out right to left.
export const homeworkSignoffStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
  }

  h3 {
    font-size: 1.25rem;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
  }

  h3 .dates {
    font-size: 1rem;
    font-weight: normal;
    color: var(--_muted);
  }

  h4 {
    font-size: 1.125rem;
  }

  h5 {
    font-size: 1rem;
  }

  p {
    margin: 0;
  }

  .meta,
  .hint {
    color: var(--_muted);
  }

  .base > .meta:empty {
    display: none;
  }

  .week {
    display: grid;
    gap: 0.75rem;
  }

  .pieces,
  .marks,
  .corrections,
  .key ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }

  .piece {
    display: grid;
    gap: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }

  .subject {
    color: var(--_accent);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
  }

  .facts dt,
  .facts dd {
    display: inline;
    margin: 0;
  }

  .facts dt {
    font-weight: 600;
    margin-inline-end: 0.375rem;
  }

  .facts dt::after {
    content: ':';
  }

  .label {
    font-weight: 600;
  }

  .marks-block {
    display: grid;
    gap: 0.375rem;
  }

  .mark {
    display: grid;
    gap: 0.125rem;
    padding-block: 0.25rem;
    padding-inline: 0.75rem 0.5rem;
    border-inline-start: 4px solid var(--_border);
  }

  .mark[data-kind='slip'] {
    border-inline-start-style: dashed;
  }

  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem;
  }

  /* The school's colour, as a swatch beside the icon and the words: never the only sign. */
  .badge.coloured::before {
    content: '';
    align-self: center;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border-radius: 50%;
    background: var(--_stamp);
    border: 1px solid var(--_text);
  }

  .kind {
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .note,
  .meaning {
    display: block;
  }

  .chain {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .chain > *,
  .corrections > li {
    justify-self: stretch;
  }

  .chain > button {
    justify-self: start;
  }

  .record {
    display: grid;
    gap: 0.25rem;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
    border-radius: 2px;
  }

  .record:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .record:focus:not(:focus-visible) {
    outline: none;
  }

  .record .line {
    font-weight: 600;
  }

  .record .tick {
    display: inline-block;
    min-inline-size: 1em;
  }

  .corrections {
    margin-inline-start: 1rem;
  }

  .record.correction {
    border-inline-start-style: dashed;
  }

  .sync {
    display: flex;
    gap: 0.375rem;
    color: var(--_muted);
  }

  .sync[data-state='sent'] {
    color: var(--_success);
  }

  .sync[data-state='rejected'] {
    color: var(--_error);
    font-weight: 600;
  }

  .sync .what {
    display: block;
    font-weight: normal;
    color: var(--_text);
  }

  form.signoff,
  .give {
    display: grid;
    gap: 0.75rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.375rem;
  }

  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.375rem;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    cursor: pointer;
  }

  .choice input {
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

  input[type='text'],
  textarea {
    font: inherit;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-inline-start-width: 5px;
  }

  input:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }

  .field-error {
    color: var(--_error);
    font-weight: 600;
  }

  .buttons,
  .stamp-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .action[disabled] {
    cursor: progress;
    opacity: 0.8;
  }

  .stamp-button {
    padding: 0.375rem 0.75rem;
    border: 2px solid var(--_border);
    border-block-end: 5px solid var(--_stamp, var(--_border));
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  .stamp-button[data-kind='slip'] {
    border-style: dashed;
    border-block-end-style: solid;
  }

  .teacher-tools {
    display: grid;
    gap: 0.75rem;
  }

  .key summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.625rem;
  }

  .key ul {
    margin-block-start: 0.5rem;
    gap: 0.5rem;
  }

  .notice {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }

  .error {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .problems {
    margin: 0;
    padding-inline-start: 1.25rem;
    text-align: start;
  }

  .problems code {
    font-weight: 600;
  }

  @media print {
    form.signoff,
    .give,
    .chain > button,
    .teacher-tools {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .badge.coloured::before {
      forced-color-adjust: none;
    }

    .record:focus-visible,
    input:focus-visible,
    textarea:focus-visible {
      outline-color: Highlight;
    }
  }
`;
