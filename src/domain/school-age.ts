// Compulsory school age in England (Education Act 1996, section 8): a child begins to be of
// compulsory school age on the first prescribed day (31 December, 31 March or 31 August) on or
// after their fifth birthday, and ceases on the school leaving date, the last Friday in June of
// the school year (1 September to 31 August) in which they turn 16.
import { compareDates, dayOfWeek, type IsoDate } from './calendar';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first of 31 Dec, 31 Mar, 31 Aug on or after the date. */
function prescribedDayOnOrAfter(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const candidates = [`${year}-03-31`, `${year}-08-31`, `${year}-12-31`];
  return candidates.find((day) => compareDates(day, date) >= 0) ?? `${year + 1}-03-31`;
}

/** The last Friday in June of a year. */
export function lastFridayInJune(year: number): IsoDate {
  for (let day = 30; day >= 24; day--) {
    const date = `${year}-06-${pad(day)}`;
    if (dayOfWeek(date) === 5) return date;
  }
  throw new Error('Unreachable: June has a Friday in its last seven days');
}

/** The day a child's compulsory school age begins and its last day. */
export function compulsorySchoolAge(dateOfBirth: IsoDate): { from: IsoDate; until: IsoDate } {
  const birthYear = Number(dateOfBirth.slice(0, 4));
  const monthDay = dateOfBirth.slice(5);
  // A 29 February birthday: 28 February or 1 March, the next prescribed day is 31 March either way.
  const fifth = `${birthYear + 5}-${monthDay === '02-29' ? '02-28' : monthDay}`;
  const from = prescribedDayOnOrAfter(fifth);
  // The school year in which they turn 16 ends in June of the year of the 16th birthday if that is
  // before 1 September, otherwise of the year after.
  const sixteenth = birthYear + 16;
  const leavingYear = monthDay >= '09-01' ? sixteenth + 1 : sixteenth;
  return { from, until: lastFridayInJune(leavingYear) };
}

export function isOfCompulsorySchoolAge(dateOfBirth: IsoDate, on: IsoDate): boolean {
  const { from, until } = compulsorySchoolAge(dateOfBirth);
  return compareDates(on, from) >= 0 && compareDates(on, until) <= 0;
}
