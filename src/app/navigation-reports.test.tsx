import { describe, expect, it } from 'vitest';
import type { StaffMember } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { navigationFor } from './layout';

const member = (role: StaffMember['role']): StaffMember => ({
  id: 'st_x',
  name: 'Someone',
  role,
  fte: 1,
  email: 'someone@example.org',
  active: true,
});

describe('navigationFor: the annual report', () => {
  it('offers Reports to team managers and IROs, not to business support', () => {
    const reports = { href: paths.reports, text: 'Reports' };
    expect(navigationFor(member('team-manager'))).toContainEqual(reports);
    expect(navigationFor(member('iro'))).toContainEqual(reports);
    expect(navigationFor(member('business-support'))).not.toContainEqual(reports);
  });
});
