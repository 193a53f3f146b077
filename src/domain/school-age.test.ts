import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, dayOfWeek, fromDayNumber, toDayNumber } from './calendar';
import { compulsorySchoolAge, isOfCompulsorySchoolAge, lastFridayInJune } from './school-age';

describe('compulsory school age (Education Act 1996, s.8), hand-worked', () => {
  it.each([
    // Fifth birthday on a prescribed day: from that day.
    ['2015-08-31', '2020-08-31', '2031-06-27'],
    // Born 1 September: the youngest of their year; turns 16 after the school year starts.
    ['2015-09-01', '2020-12-31', '2032-06-25'],
    ['2016-01-01', '2021-03-31', '2032-06-25'],
    ['2016-04-01', '2021-08-31', '2032-06-25'],
    // 29 February: 31 March follows 28 February and 1 March alike.
    ['2016-02-29', '2021-03-31', '2032-06-25'],
    // 16 on 30 June 2026, after the last Friday in June (26th): leaves that day, aged 15.
    ['2010-06-30', '2015-08-31', '2026-06-26'],
  ])('born %s: from %s until %s', (dateOfBirth, from, until) => {
    expect(compulsorySchoolAge(dateOfBirth)).toEqual({ from, until });
    expect(isOfCompulsorySchoolAge(dateOfBirth, addDays(from, -1))).toBe(false);
    expect(isOfCompulsorySchoolAge(dateOfBirth, from)).toBe(true);
    expect(isOfCompulsorySchoolAge(dateOfBirth, until)).toBe(true);
    expect(isOfCompulsorySchoolAge(dateOfBirth, addDays(until, 1))).toBe(false);
  });

  it('finds the last Friday in June', () => {
    expect(lastFridayInJune(2026)).toBe('2026-06-26');
    expect(lastFridayInJune(2027)).toBe('2027-06-25');
    expect(lastFridayInJune(2029)).toBe('2029-06-29');
  });
});

describe('compulsory school age, for any date of birth', () => {
  const birth = fc
    .integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2030-12-31') })
    .map(fromDayNumber);

  it('starts on a prescribed day at 5 and ends on a Friday in June at 15 or 16', () => {
    fc.assert(
      fc.property(birth, (dateOfBirth) => {
        const { from, until } = compulsorySchoolAge(dateOfBirth);
        expect(['03-31', '08-31', '12-31']).toContain(from.slice(5));
        expect(ageOn(dateOfBirth, from)).toBe(5);
        // Within five months of the fifth birthday (31 March to 31 August is the longest gap).
        expect(toDayNumber(from) - toDayNumber(dateOfBirth)).toBeLessThanOrEqual(5 * 366 + 153);
        expect(dayOfWeek(until)).toBe(5);
        expect(until.slice(5, 7)).toBe('06');
        expect([15, 16]).toContain(ageOn(dateOfBirth, until));
        // Eleven school years, give or take the months either side.
        const years = (toDayNumber(until) - toDayNumber(from)) / 365.25;
        expect(years).toBeGreaterThan(10.3);
        expect(years).toBeLessThan(11.6);
      }),
    );
  });
});
