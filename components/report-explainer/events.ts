/** Fired each time a report has been explained: how many words and grades were explained. */
export class PsExplainedEvent extends CustomEvent<{ terms: number; values: number; readingAge: number }> {
  constructor(detail: { terms: number; values: number; readingAge: number }) {
    super('ps-explained', { detail, bubbles: true, composed: true });
  }
}

/** Fired when a person opens the explanation of one word or grade. */
export class PsTermOpenEvent extends CustomEvent<{ id: string; text: string }> {
  constructor(detail: { id: string; text: string }) {
    super('ps-term-open', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ps-explained': PsExplainedEvent;
    'ps-term-open': PsTermOpenEvent;
  }
}
