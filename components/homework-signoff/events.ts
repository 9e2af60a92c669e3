import type { FeedbackMark, SignOff } from '../../lib/homework/types';

/**
 * Fired just before a sign-off is saved. Cancel it (`event.preventDefault()`) and nothing is
 * saved: the form stays as it was. `detail` is the sign-off, frozen.
 */
export class PsBeforeSignOffEvent extends CustomEvent<SignOff> {
  constructor(detail: SignOff) {
    super('ps-before-signoff', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired once a sign-off (or a correction: `detail.correctionOf` is set) is saved on the device. */
export class PsSignOffEvent extends CustomEvent<SignOff> {
  constructor(detail: SignOff) {
    super('ps-signoff', { detail, bubbles: true, composed: true });
  }
}

/** Fired once a teacher's stamp or slip is saved on the device. */
export class PsFeedbackEvent extends CustomEvent<FeedbackMark> {
  constructor(detail: FeedbackMark) {
    super('ps-feedback', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ps-before-signoff': PsBeforeSignOffEvent;
    'ps-signoff': PsSignOffEvent;
    'ps-feedback': PsFeedbackEvent;
  }
}
