import { paths } from '@/lib/paths';

/**
 * The one route this feature adds beyond src/lib/paths.ts: resolving or moving on an escalation.
 * (Ask the lead to move it into paths.ts; until then the app mounts UpdateEscalationPage here.)
 */
export const updateEscalationPattern = '/children/:childId/escalations/:escalationId';

export function updateEscalationPath(childId: string, escalationId: string): string {
  return `${paths.child(childId)}/escalations/${encodeURIComponent(escalationId)}`;
}
