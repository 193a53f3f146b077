import { compareDates, type IsoDate } from './calendar';

/**
 * One problem with one field of a record, in words for the person who entered it. `field` is the
 * API's dotted path: `heldOn`, `advocacy.referralDate`, `recommendations.0.targetDate`.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

/** True for a missing answer: null, undefined, or only spaces. */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/**
 * Collects the first problem found for each field, in the order the rules run (GOV.UK shows one
 * message per field). Internal to the domain: the rule functions return `list()`.
 */
export class FieldProblemList {
  readonly #problems: FieldProblem[] = [];

  add(field: string, message: string): void {
    if (!this.has(field)) this.#problems.push({ field, message });
  }

  has(field: string): boolean {
    return this.#problems.some((problem) => problem.field === field);
  }

  /** '<label> must be today or in the past' for a date after today. */
  notInFuture(field: string, label: string, date: IsoDate | null, today: IsoDate): void {
    if (date !== null && compareDates(date, today) > 0) {
      this.add(field, `${label} must be today or in the past`);
    }
  }

  /** `message` for a date before `floor`; nothing when either is unknown. */
  notBefore(field: string, message: string, date: IsoDate | null, floor: IsoDate | null): void {
    if (date !== null && floor !== null && compareDates(date, floor) < 0) this.add(field, message);
  }

  /**
   * The date to judge other fields against: null when it is unknown or has a problem itself, so a
   * wrong date gives one message, on its own field, and not one on every field compared with it.
   */
  usable(field: string, date: IsoDate | null): IsoDate | null {
    return date === null || this.has(field) ? null : date;
  }

  list(): FieldProblem[] {
    return [...this.#problems];
  }
}
