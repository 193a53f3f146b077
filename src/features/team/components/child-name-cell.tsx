import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { fullName } from '../lib/format';

export type ChildNameCellProps = {
  child: { childId: string; childRef: string; givenName: string; familyName: string };
};

/** A team table's first cell: the child's name, linking to their record, and their reference. */
export function ChildNameCell({ child }: ChildNameCellProps) {
  return (
    <>
      <Link className="govuk-link govuk-link--no-visited-state" to={paths.child(child.childId)}>
        {fullName(child)}
      </Link>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{child.childRef}</span>
    </>
  );
}
