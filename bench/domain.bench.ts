import { readFileSync } from 'node:fs';
import {
  addDays,
  bankHolidaysFromFeed,
  nextReviewDue,
  reviewStatus,
  WorkingDayCalendar,
  type BankHolidayFeed,
  type EpisodeOfCare,
} from '../src/domain/index.ts';
import { medianMs, type BenchResult } from './support.ts';

const feed = JSON.parse(
  readFileSync(
    new URL('../mocks/data/bank-holidays-england-and-wales.json', import.meta.url),
    'utf8',
  ),
) as BankHolidayFeed;

const today = '2026-11-22';

/** Deterministic episodes spread over the last three years, with 0-5 reviews each. */
export function makeEpisodes(count: number): EpisodeOfCare[] {
  const episodes: EpisodeOfCare[] = [];
  let state = 12345;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let index = 0; index < count; index += 1) {
    const becameLookedAfter = addDays('2023-11-01', Math.floor(random() * 1000));
    const reviews: string[] = [];
    let last = becameLookedAfter;
    const reviewCount = Math.floor(random() * 6);
    for (let review = 0; review < reviewCount; review += 1) {
      last = addDays(last, 20 + Math.floor(random() * 150));
      if (last > today) break;
      reviews.push(last);
    }
    episodes.push({ becameLookedAfter, reviews });
  }
  return episodes;
}

/** The domain's own computation: every child's next review due and status (median ms). */
export function domainComputationMs(size: number, runs = 5): number {
  const calendar = new WorkingDayCalendar(bankHolidaysFromFeed(feed));
  const episodes = makeEpisodes(size);
  return medianMs(() => {
    for (const episode of episodes) {
      const due = nextReviewDue(episode, calendar);
      reviewStatus({ due: due.due, today, holidays: calendar });
    }
  }, runs);
}

export function runDomainBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  const budgetMs = 100;
  for (const size of [10_000, 100_000, 1_000_000]) {
    const ms = domainComputationMs(size, size >= 1_000_000 ? 3 : 5);
    const perChildUs = (ms * 1000) / size;
    const checked = size === 100_000;
    results.push({
      name: `domain: next due + status, ${size.toLocaleString('en-GB')} children`,
      figure: `${ms.toFixed(1)} ms (${perChildUs.toFixed(2)} µs per child)`,
      ...(checked ? { budget: `< ${budgetMs} ms`, withinBudget: ms < budgetMs } : {}),
    });
  }
  return results;
}
