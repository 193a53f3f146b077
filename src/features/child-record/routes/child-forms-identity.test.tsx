// Every form for a child says who it is for (the MOJ identity bar: name, reference, date of birth,
// age and IRO), while the page title names no child (titles go into the browser's history).
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/domain';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, STAFF } from '@/test/render-page';
import { childRecordRoutes as routes } from '../testing/routes';

const FORMS = [
  { path: paths.recordReview, heading: 'Record a review' },
  { path: paths.recordMidpoint, heading: 'Record a midpoint check' },
  { path: paths.raiseEscalation, heading: 'Raise an escalation' },
] as const;

describe('the forms for a child', () => {
  it.each(FORMS)(
    '$heading names the child, their reference, age and IRO',
    async ({ path, heading }) => {
      const child = (await childrenVisibleTo(STAFF.hannah))[0]!;
      await renderPage({ routes, path: path(child.id), keepDatabase: true });
      await screen.findByRole('heading', { level: 1, name: heading });
      const name = `${child.givenName} ${child.familyName}`;
      expect(screen.getByText(name, { selector: 'strong' })).toBeVisible();
      expect(screen.getByText(`ID ${child.childRef}`)).toBeVisible();
      expect(screen.getByText(`Date of birth ${formatDate(child.dateOfBirth)}`)).toBeVisible();
      expect(screen.getByText(`Age ${child.age}`)).toBeVisible();
      expect(screen.getByText('IRO Hannah Okoye')).toBeVisible();
      expect(document.title).not.toContain(child.familyName);
    },
  );
});
