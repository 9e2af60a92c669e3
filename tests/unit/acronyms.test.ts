import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/engine/index';

const ids = (text: string) => analyse(text).terms.map((term) => `${term.text}=${term.id}`);

// Acronyms that are also everyday words: flagged in a school sentence, left alone elsewhere.
const cases: [acronym: string, school: string, everyday: string[]][] = [
  ['ARE', 'In reading she is working at ARE, and in writing just below ARE.', ['Where are you going?', 'WHERE ARE YOU GOING TONIGHT?']],
  ['PE', 'Please bring PE kit on Tuesdays for PE lessons.', ['Pe Ell is a town in Washington.', 'The shares have a high PE ratio this year.']],
  ['PA', 'His attendance is 88%, so he is PA this term.', ['Ma and Pa ran the café.', 'FIX THE PA SYSTEM BEFORE THE CONCERT.']],
  ['SEN', 'She is on the SEN register and gets extra support.', ['Sen. Harris spoke first.', 'SEN means nothing on its own here.']],
  ['AP', 'After the exclusion he went to AP for six weeks.', ['The AP style guide says so.', 'AP news carried the story.']],
  ['MET', 'Phonics screening check: MET.', ['We MET AT THE STATION AT NOON.', 'The Met Office says rain.']],
  ['AS', 'She took AS exams in biology and chemistry.', ['AS SEEN ON TV, NOW IN SHOPS.', 'As it rained, we stayed in.']],
  ['HI', 'A teacher of the deaf supports pupils with HI.', ['HI THERE, HOW ARE YOU?', 'Hi Sam, thanks for the note.']],
  ['IT', 'Homework for IT lessons is set on Mondays.', ['IT IS HERE AT LAST!', 'It was a cold night.']],
];

describe('acronyms that are also words', () => {
  for (const [acronym, school, everyday] of cases) {
    it(`flags ${acronym} in a school sentence and not in everyday text`, () => {
      expect(ids(school).some((found) => found.startsWith(acronym)), school).toBe(true);
      for (const text of everyday) expect(ids(text), text).toEqual([]);
    });
  }
});
