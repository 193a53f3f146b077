import { http, HttpResponse } from 'msw';
import bankHolidayFeed from '../data/bank-holidays-england-and-wales.json';

export const handlers = [
  // Served in the shape of the gov.uk bank-holidays feed, as a real backend would proxy it.
  http.get('*/api/bank-holidays', () => HttpResponse.json(bankHolidayFeed)),
];
