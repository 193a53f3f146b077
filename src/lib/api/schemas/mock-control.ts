// Mock control (demo and tests only): reseed, move the clock, latency and faults.
import { z } from 'zod';
import { dateField, isoDateSchema, type YearRange } from './common';

/** The mock's today: years the statutory clock and the seed are meant for. */
export const MOCK_CLOCK_YEARS: YearRange = { first: 2000, last: 2100 };

export const mockResetBodySchema = z
  .strictObject({
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    size: z.number().int().min(0).max(200000).optional(),
    today: dateField('Today', MOCK_CLOCK_YEARS).optional(),
  })
  .meta({ id: 'MockResetBody' });
export type MockResetBody = z.input<typeof mockResetBodySchema>;

export const mockClockBodySchema = z
  .strictObject({ today: dateField('Today', MOCK_CLOCK_YEARS) })
  .meta({ id: 'MockClockBody' });

export const mockScenarioSchema = z
  .object({
    /** null: the runtime's default (150-450 ms random in the browser, 0 in Node). */
    latencyMs: z.number().int().min(0).max(60000).nullable(),
    errorRate: z.number().min(0).max(1),
    offline: z.boolean(),
    failWrites: z.boolean(),
  })
  .meta({ id: 'MockScenario' });
export type MockScenario = z.infer<typeof mockScenarioSchema>;

export const mockScenarioBodySchema = mockScenarioSchema
  .strict()
  .partial()
  .meta({ id: 'MockScenarioBody' });

export const mockStateSchema = z
  .object({
    seed: z.number().int(),
    size: z.number().int(),
    today: isoDateSchema,
    scenario: mockScenarioSchema,
    counts: z.record(z.string(), z.number().int()),
    schemaVersion: z.number().int(),
  })
  .meta({ id: 'MockState' });
export type MockState = z.infer<typeof mockStateSchema>;
