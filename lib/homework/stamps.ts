import type { StampKind } from './types';

/**
 * The stamps and slips a school gets when its data names none. Labels and meanings here are
 * the English ones; the widget shows each in the family's language (ui.json, homework.stamps).
 */
export const DEFAULT_STAMPS: readonly StampKind[] = [
  { id: 'star', label: 'Star work', icon: '⭐', kind: 'merit', colour: '#b7791f', meaning: 'This piece of work was excellent. Well done.' },
  { id: 'effort', label: 'Great effort', icon: '👍', kind: 'merit', colour: '#2f855a', meaning: 'Your child tried very hard with this work.' },
  { id: 'late', label: 'Late', icon: '⏰', kind: 'slip', colour: '#d97706', meaning: 'This work was handed in after the day it was due. Please help your child hand work in on time.' },
  { id: 'missing', label: 'Missing', icon: '❌', kind: 'slip', colour: '#c53030', meaning: 'This work was not handed in. Please talk to your child about it, and contact the teacher if there is a problem.' },
];

/** The stamps a school uses: its own when it lists any, else the defaults. */
export function stampsOf(data: { stamps?: StampKind[] }): readonly StampKind[] {
  return data.stamps && data.stamps.length > 0 ? data.stamps : DEFAULT_STAMPS;
}
