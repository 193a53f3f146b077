// The words of a refusal by role, apart from the operations table: the role guard is in the first
// download, and the table (which imports the drafts' schema, and so zod) is not.
import type { StaffRole } from './schemas';

const ROLE_AS_SUBJECT: Record<StaffRole, string> = {
  iro: 'An IRO',
  'team-manager': 'A team manager',
  'business-support': 'Business support',
};
const ROLE_AS_GROUP: Record<StaffRole, string> = {
  iro: 'IROs',
  'team-manager': 'team managers',
  'business-support': 'business support',
};

/** Why a role is refused: "An IRO cannot do this: only team managers can" (the backend's 403 too). */
export function roleRefusal(role: StaffRole, allowed: readonly StaffRole[]): string {
  const names = allowed.map((each) => ROLE_AS_GROUP[each]);
  const list =
    names.length <= 1
      ? (names[0] ?? 'nobody')
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return `${ROLE_AS_SUBJECT[role]} cannot do this: only ${list} can`;
}
