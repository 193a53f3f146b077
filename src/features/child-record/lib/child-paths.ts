import { paths } from '@/lib/paths';

/** Resolving or moving on an escalation (the route lives in src/lib/paths.ts). */
export const updateEscalationPattern = paths.updateEscalationPattern;

export function updateEscalationPath(childId: string, escalationId: string): string {
  return paths.updateEscalation(childId, escalationId);
}
