import { describe, expect, it } from 'vitest';
import { resetMockDatabase } from '../node';
import { startDigestSchedule, timeInEngland } from './digest-schedule';
import { createMailer, mailConfigFrom } from './mailer';

describe('the daily run of the reminder digests', () => {
  it('runs once the time in England is reached, once a day, for the backend’s today', async () => {
    const db = resetMockDatabase({ size: 60, today: '2026-06-15' });
    let now = new Date('2026-06-15T05:59:00Z'); // 06:59 in England (BST)
    const log: string[] = [];
    const schedule = startDigestSchedule({
      db,
      mailer: createMailer(null),
      time: '07:00',
      now: () => now,
      everyMs: 0,
      log: (message) => log.push(message),
    });
    expect(await schedule.tick()).toBe(false);
    expect(db.count('outbox')).toBe(0);

    now = new Date('2026-06-15T06:00:00Z'); // 07:00 in England
    expect(await schedule.tick()).toBe(true);
    const first = db.count('outbox');
    expect(first).toBeGreaterThan(0);
    expect(log).toEqual([expect.stringMatching(/^Reminder digests for 2026-06-15: \d+ built/)]);
    // A minute later: the day's have run.
    now = new Date('2026-06-15T06:01:00Z');
    expect(await schedule.tick()).toBe(false);
    expect(db.count('outbox')).toBe(first);

    // The mock clock moves the backend to the next day: that day's are built.
    await db.commit({ puts: {}, deletes: {}, meta: { ...db.meta, today: '2026-06-16' } });
    expect(await schedule.tick()).toBe(true);
    expect([...db.all('outbox')].filter((m) => m.day === '2026-06-16').length).toBeGreaterThan(0);
    schedule.stop();
  });

  it('reads the time of day in England, summer and winter', () => {
    expect(timeInEngland(new Date('2026-06-15T06:00:00Z'))).toBe('07:00');
    expect(timeInEngland(new Date('2026-11-23T07:00:00Z'))).toBe('07:00');
  });
});

describe('the mail server settings', () => {
  it('sends nothing without SMTP_HOST', () => {
    expect(mailConfigFrom({})).toBeNull();
    expect(mailConfigFrom({ SMTP_HOST: '' })).toBeNull();
    expect(createMailer(null).description).toMatch(/kept in the outbox/);
  });

  it('reads a council relay’s settings, with the usual ports', () => {
    expect(
      mailConfigFrom({
        SMTP_HOST: 'smtp.council.gov.uk',
        SMTP_USER: 'iro-tracker',
        SMTP_PASSWORD: 'secret',
        MAIL_FROM: 'IRO Review Tracker <iro@council.gov.uk>',
        SMTP_REQUIRE_TLS: 'true',
      }),
    ).toEqual({
      host: 'smtp.council.gov.uk',
      port: 587,
      secure: false,
      requireTls: true,
      auth: { user: 'iro-tracker', pass: 'secret' },
      from: 'IRO Review Tracker <iro@council.gov.uk>',
    });
    expect(
      mailConfigFrom({ SMTP_HOST: 'relay', SMTP_SECURE: 'true', MAIL_FROM: 'a@b.c' }),
    ).toMatchObject({ port: 465, secure: true, auth: null });
  });

  it('refuses settings that cannot work', () => {
    expect(() => mailConfigFrom({ SMTP_HOST: 'relay' })).toThrow(/MAIL_FROM/);
    expect(() =>
      mailConfigFrom({ SMTP_HOST: 'relay', MAIL_FROM: 'a@b.c', SMTP_USER: 'x' }),
    ).toThrow(/SMTP_PASSWORD/);
    expect(() => mailConfigFrom({ SMTP_HOST: 'relay', SMTP_PORT: 'smtp' })).toThrow();
    expect(() => mailConfigFrom({ SMTP_HOST: 'relay', SMTP_SECURE: 'yes' })).toThrow();
  });
});
