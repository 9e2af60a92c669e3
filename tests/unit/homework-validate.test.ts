import { describe, expect, it } from 'vitest';
import { DEFAULT_STAMPS, stampsOf } from '../../lib/homework/stamps';
import { HomeworkDataError, ROOT_FIELD, parseHomework } from '../../lib/homework/validate';
import { addDays, daysBetween, inWeek, localIsoDate, nextWeek, parseIsoDate, thisWeek, weekOf } from '../../lib/homework/weeks';

const good = () => ({
  pupil: { id: 'P7', name: 'Amira Khan' },
  school: 'Castle Hill Academy',
  assignments: [
    { id: 'hw-1', subject: 'Maths', title: 'Fractions', setOn: '2026-11-23', dueOn: '2026-11-26', minutes: 30, teacher: 'Mr Patel' },
    {
      id: 'hw-2', subject: 'English', title: 'Read chapter 3', details: 'Write three questions.', setOn: '2026-11-24', dueOn: '2026-11-24',
      feedback: [{ id: 'fb-1', stampId: 'star', givenAt: '2026-11-24T15:30:00Z', givenBy: 'Ms Jones' }],
    },
  ],
});

/** The problems parseHomework reports for some data, as "field: message". */
function problems(data: unknown): { field: string; message: string }[] {
  try {
    parseHomework(data);
  } catch (error) {
    expect(error).toBeInstanceOf(HomeworkDataError);
    return (error as HomeworkDataError).problems;
  }
  throw new Error('parseHomework accepted the data');
}

const fields = (data: unknown) => problems(data).map((problem) => problem.field);

describe('parseHomework', () => {
  it('accepts good data and returns a clean copy with feedback filled in from its assignment', () => {
    const input = { ...good(), extra: 'ignored' };
    const data = parseHomework(input);
    expect(data.pupil).toEqual({ id: 'P7', name: 'Amira Khan' });
    expect(data.school).toBe('Castle Hill Academy');
    expect(data.assignments).toHaveLength(2);
    expect(data.assignments[0]).toEqual(input.assignments[0]);
    expect(data.assignments[1]!.feedback).toEqual([
      { id: 'fb-1', assignmentId: 'hw-2', pupilId: 'P7', stampId: 'star', givenAt: '2026-11-24T15:30:00Z', givenBy: 'Ms Jones' },
    ]);
    expect('extra' in data).toBe(false);
    expect(data.stamps).toBeUndefined();
  });

  it('accepts an empty list of homework', () => {
    expect(parseHomework({ pupil: { id: 'P7', name: 'Amira' }, assignments: [] }).assignments).toEqual([]);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'hello', 42, [good()], undefined]) {
      expect(fields(value)).toEqual([ROOT_FIELD]);
    }
  });

  it('names missing required fields with paths, and says what to add', () => {
    const data = good() as Record<string, unknown>;
    delete data.pupil;
    const assignments = data.assignments as Record<string, unknown>[];
    delete assignments[1]!.title;
    delete assignments[0]!.setOn;
    const found = problems(data);
    expect(found.map((problem) => problem.field)).toEqual(['pupil', 'assignments[0].setOn', 'assignments[1].title']);
    expect(found[0]!.message).toMatch(/missing.*"pupil"/);
    expect(found[1]!.message).toMatch(/year-month-day.*2026-11-24/);
    expect(found[2]!.message).toMatch(/missing.*"title" as text/);
  });

  it('reports every problem at once, not just the first', () => {
    const data = good();
    data.pupil.name = '';
    (data.assignments[0] as Record<string, unknown>).subject = 12;
    (data.assignments[1] as Record<string, unknown>).minutes = '20';
    expect(fields(data)).toEqual(['pupil.name', 'assignments[0].subject', 'assignments[1].minutes']);
  });

  it('says when text fields are the wrong type', () => {
    const data = good();
    (data.assignments[0] as Record<string, unknown>).teacher = ['Mr Patel'];
    (data.assignments[0] as Record<string, unknown>).id = 101;
    const found = problems(data);
    expect(found.map((problem) => problem.field)).toEqual(['assignments[0].id', 'assignments[0].teacher']);
    expect(found[0]!.message).toMatch(/text in quotes.*not 101/);
  });

  it('wants dates written YYYY-MM-DD', () => {
    for (const bad of ['24/11/2026', '2026-11-4', '2026-11-24T10:00:00Z', 20261124, '']) {
      const data = good();
      (data.assignments[0] as Record<string, unknown>).dueOn = bad;
      const found = problems(data);
      expect(found.map((problem) => problem.field)).toEqual(['assignments[0].dueOn']);
      expect(found[0]!.message).toMatch(/year-month-day/);
    }
  });

  it('wants real days', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2027-02-29']) {
      const data = good();
      data.assignments[0]!.dueOn = bad;
      data.assignments[0]!.setOn = '2025-01-01';
      const found = problems(data);
      expect(found.map((problem) => problem.field)).toEqual(['assignments[0].dueOn']);
      expect(found[0]!.message).toMatch(/not a real day/);
    }
    const leap = good();
    leap.assignments[0]!.setOn = '2028-02-28';
    leap.assignments[0]!.dueOn = '2028-02-29';
    expect(() => parseHomework(leap)).not.toThrow();
  });

  it('refuses a due date before the day the work was set', () => {
    const data = good();
    data.assignments[2 - 1]!.dueOn = '2026-11-20';
    const found = problems(data);
    expect(found).toEqual([{ field: 'assignments[1].dueOn', message: expect.stringMatching(/before the day it was set/) }]);
  });

  it('wants minutes as a positive number', () => {
    for (const bad of [0, -10, '30', Number.NaN, Number.POSITIVE_INFINITY, true]) {
      const data = good();
      (data.assignments[0] as Record<string, unknown>).minutes = bad;
      expect(fields(data)).toEqual(['assignments[0].minutes']);
    }
    const data = good();
    data.assignments[0]!.minutes = 7.5;
    expect(parseHomework(data).assignments[0]!.minutes).toBe(7.5);
  });

  it('refuses repeated ids', () => {
    const data = good();
    data.assignments[1]!.id = 'hw-1';
    const found = problems(data);
    expect(found).toEqual([{ field: 'assignments[1].id', message: expect.stringMatching(/"hw-1" is used twice \(also at assignments\[0\]\.id\)/) }]);
  });

  it('wants assignments to be a list', () => {
    expect(fields({ pupil: { id: 'P', name: 'N' } })).toEqual(['assignments']);
    expect(fields({ pupil: { id: 'P', name: 'N' }, assignments: { id: 'x' } })).toEqual(['assignments']);
    expect(fields({ pupil: { id: 'P', name: 'N' }, assignments: ['hw'] })).toEqual(['assignments[0]']);
  });

  describe('stamps', () => {
    const stamp = (overrides: Record<string, unknown> = {}) => ({ id: 'gold', label: 'Gold star', icon: '🌟', meaning: 'Brilliant work.', kind: 'merit', ...overrides });

    it('keeps a school’s own stamps, and feedback must name one of them', () => {
      const data = { ...good(), stamps: [stamp(), stamp({ id: 'red', label: 'Red slip', icon: 'R', kind: 'slip', colour: '#c53030' })] };
      const found = problems(data);
      expect(found.map((problem) => problem.field)).toEqual(['assignments[1].feedback[0].stampId']);
      expect(found[0]!.message).toMatch(/no stamp or slip with the id "star".*"gold", "red"/);
      data.assignments[1]!.feedback![0]!.stampId = 'gold';
      expect(parseHomework(data).stamps).toHaveLength(2);
    });

    it('uses the default stamps when the data names none', () => {
      expect(DEFAULT_STAMPS.map((kind) => kind.id)).toEqual(['star', 'effort', 'late', 'missing']);
      expect(stampsOf(parseHomework(good()))).toBe(DEFAULT_STAMPS);
      const data = good();
      data.assignments[1]!.feedback![0]!.stampId = 'gold';
      expect(fields(data)).toEqual(['assignments[1].feedback[0].stampId']);
    });

    it('checks each stamp’s fields, kind, colour and id', () => {
      const data = { ...good(), stamps: [stamp({ kind: 'bonus' }), stamp({ id: 'gold', colour: 'red; background: url(x)' }), stamp({ icon: '', meaning: 5 }), stamp({ icon: 'Star work!' })] };
      expect(fields(data)).toEqual([
        'stamps[0].kind', 'stamps[1].colour', 'stamps[1].id', 'stamps[2].icon', 'stamps[2].meaning', 'stamps[2].id', 'stamps[3].icon', 'stamps[3].id',
        'assignments[1].feedback[0].stampId',
      ]);
    });

    it('checks feedback: its time, repeated ids, and that it belongs where it is', () => {
      const data = good();
      const mark = data.assignments[1]!.feedback![0]! as Record<string, unknown>;
      mark.givenAt = '2026-11-24 15:30';
      mark.assignmentId = 'hw-1';
      (data.assignments[0] as Record<string, unknown>).feedback = [{ id: 'fb-1', stampId: 'late', givenAt: '2026-11-27T09:00:00+00:00' }];
      const found = problems(data);
      expect(found.map((problem) => problem.field)).toEqual([
        'assignments[1].feedback[0].assignmentId', 'assignments[1].feedback[0].givenAt', 'assignments[1].feedback[0].id',
      ]);
      expect(found[1]!.message).toMatch(/date and time/);
    });
  });

  it('puts the first problems in the error’s message', () => {
    const data = good();
    data.assignments[0]!.dueOn = 'soon';
    expect(() => parseHomework(data)).toThrow(/assignments\[0\]\.dueOn: Write this date/);
  });
});

describe('weeks', () => {
  it('start on Monday and end on Sunday', () => {
    // 2026-11-24 is a Tuesday.
    expect(weekOf('2026-11-24')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekOf('2026-11-23')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekOf('2026-11-30')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
  });

  it('cross months, years and clock changes', () => {
    expect(weekOf('2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    // The clocks go back in the UK on 2026-10-25.
    expect(weekOf('2026-10-25')).toEqual({ start: '2026-10-19', end: '2026-10-25' });
    expect(weekOf('2026-10-26')).toEqual({ start: '2026-10-26', end: '2026-11-01' });
  });

  it('give this week and next week from today', () => {
    expect(thisWeek('2026-11-24')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(nextWeek('2026-11-24')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(nextWeek('2026-11-29')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(nextWeek('2026-12-28')).toEqual({ start: '2027-01-04', end: '2027-01-10' });
  });

  it('take a Date as the day it is on the device', () => {
    const date = new Date(2026, 10, 24, 23, 30);
    expect(localIsoDate(date)).toBe('2026-11-24');
    expect(weekOf(date)).toEqual({ start: '2026-11-23', end: '2026-11-29' });
  });

  it('tell whether a date is in a week, and count days', () => {
    const week = weekOf('2026-11-24');
    expect(inWeek('2026-11-23', week)).toBe(true);
    expect(inWeek('2026-11-29', week)).toBe(true);
    expect(inWeek('2026-11-30', week)).toBe(false);
    expect(inWeek('2026-11-22', week)).toBe(false);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysBetween('2026-11-23', '2026-12-07')).toBe(14);
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
  });

  it('refuse what is not a date', () => {
    expect(() => weekOf('24/11/2026')).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('parseHomeworkJson', () => {
  it('reads JSON text, and says plainly when it is not JSON', async () => {
    const { parseHomeworkJson } = await import('../../lib/homework/validate');
    expect(parseHomeworkJson(JSON.stringify(good())).pupil.name).toBe('Amira Khan');
    try {
      parseHomeworkJson('<html>Not found</html>');
      expect.unreachable();
    } catch (error) {
      expect((error as HomeworkDataError).problems).toEqual([{ field: ROOT_FIELD, message: expect.stringMatching(/not JSON/) }]);
    }
  });
});
