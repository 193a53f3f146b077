import { formatDate } from '@/domain';
import { IdentityBar } from '@/components';
import type { ChildDetail } from '@/lib/api/schemas';
import { useStaff } from '@/lib/queries/get-staff';
import { useCurrentUser } from '@/lib/session';

/**
 * Who the page is about, on the child's record and every form for the child (MOJ identity bar):
 * name, reference, date of birth and age, and the IRO. With several tabs open, nobody records a
 * review on the wrong child. (The page title never names the child: titles go into history.)
 */
export function ChildIdentityBar({ child }: { child: ChildDetail }) {
  const user = useCurrentUser();
  const own = child.iroId === user.id;
  const staff = useStaff(!own && child.iroId !== null);
  const iroName =
    child.iroId === null
      ? 'Awaiting an IRO'
      : own
        ? user.name
        : (staff.data?.find((member) => member.id === child.iroId)?.name ?? 'Not known');
  return (
    <IdentityBar
      title={`${child.givenName} ${child.familyName}`}
      subtitles={[
        `ID ${child.childRef}`,
        `Date of birth ${formatDate(child.dateOfBirth)}`,
        `Age ${child.age}`,
        `IRO ${iroName}`,
      ]}
    />
  );
}
