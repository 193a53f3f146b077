// Demo sign-in and the current session.
import { z } from 'zod';
import { idField, instantSchema } from './common';
import { staffMemberSchema } from './staff';

/**
 * When the session ends, in the backend's clock (the mock's "today" and the time of day). A client
 * works out how long is left from `now`, never from its own clock, which may differ.
 */
const sessionTimesShape = {
  now: instantSchema.meta({
    description: 'The backend’s time when it answered: measure the deadlines from this',
  }),
  signedInAt: instantSchema.meta({ description: 'When the session started' }),
  idleExpiresAt: instantSchema.meta({
    description:
      'When the session ends unless another request comes first (any signed-in request moves it on by `idleMinutes`)',
  }),
  expiresAt: instantSchema.meta({
    description: 'When the session ends however active it is (`signedInAt` + `maxHours`)',
  }),
  idleMinutes: z.number().int().positive().meta({
    description: 'The council setting `sessionIdleMinutes`',
  }),
  maxHours: z.number().int().positive().meta({
    description: 'The council setting `sessionMaxHours`',
  }),
};

export const sessionTimesSchema = z.object(sessionTimesShape);
export type SessionTimes = z.infer<typeof sessionTimesSchema>;

export const sessionSchema = z
  .object({ token: z.string().min(1), user: staffMemberSchema, ...sessionTimesShape })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const currentSessionSchema = z
  .object({ user: staffMemberSchema, ...sessionTimesShape })
  .meta({ id: 'CurrentSession' });
export type CurrentSession = z.infer<typeof currentSessionSchema>;

export const signInBodySchema = z
  .strictObject({ staffId: idField('Select who you are signing in as') })
  .meta({ id: 'SignInBody' });
export type SignInBody = z.infer<typeof signInBodySchema>;
