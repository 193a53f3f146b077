// Demo sign-in and the current session.
import { z } from 'zod';
import { staffMemberSchema } from './staff';

export const sessionSchema = z
  .object({ token: z.string().min(1), user: staffMemberSchema })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const currentSessionSchema = z
  .object({ user: staffMemberSchema })
  .meta({ id: 'CurrentSession' });
export type CurrentSession = z.infer<typeof currentSessionSchema>;

export const signInBodySchema = z
  .object({ staffId: z.string({ error: 'Select who you are signing in as' }).min(1) })
  .meta({ id: 'SignInBody' });
export type SignInBody = z.infer<typeof signInBodySchema>;
