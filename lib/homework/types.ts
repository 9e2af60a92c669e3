/** One piece of homework, as a school's system gives it (the JSON format in the widget's README). */
export interface Assignment {
  id: string;
  subject: string;
  title: string;
  details?: string;
  /** Dates as YYYY-MM-DD. */
  setOn: string;
  dueOn: string;
  teacher?: string;
  /** How long it should take, in minutes. */
  minutes?: number;
  /** Stamps and slips the school has given already. */
  feedback?: FeedbackMark[];
}

/** A merit stamp or a coloured slip that a school uses. Colour is never the only signal. */
export interface StampKind {
  id: string;
  /** A short name: "Star work", "Late slip". */
  label: string;
  /** A symbol shown with the label: an emoji or one or two characters. */
  icon: string;
  /** What it means, in plain words for a parent. */
  meaning: string;
  kind: 'merit' | 'slip';
  /** A CSS colour, shown as well as the icon and label. */
  colour?: string;
}

/** A pupil's homework as a school's system gives it to the widget. */
export interface HomeworkData {
  pupil: { id: string; name: string };
  school?: string;
  stamps?: StampKind[];
  assignments: Assignment[];
}

/**
 * A parent's sign-off of one piece of homework. It is a record, never edited: a later change
 * is a new sign-off whose `correctionOf` names the one it corrects.
 */
export interface SignOff {
  id: string;
  assignmentId: string;
  pupilId: string;
  status: 'done' | 'not-done';
  /** Why it was not done, when it was not. */
  reason?: string;
  /** A note to the teacher. */
  note?: string;
  signedBy: string;
  /** ISO 8601 time. */
  signedAt: string;
  correctionOf?: string;
}

/** A stamp or slip a teacher gave for one piece of homework. */
export interface FeedbackMark {
  id: string;
  assignmentId: string;
  pupilId: string;
  stampId: string;
  givenBy?: string;
  givenAt: string;
  note?: string;
}
