// The checks the new child and correct details forms share, with the API's own schemas.
import type { z } from 'zod';
import { checkDate } from '@/components';
import type { IsoDate } from '@/domain';
import { sexSchema, type CreateChildBody } from '@/lib/api/schemas';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import type { ChildFieldValues } from '../components/care-fields';
import { addError, checkWith } from './care-format';

type TextSchema = z.ZodType<string>;
type ChildBodyFields = Pick<CreateChildBody, 'givenName' | 'familyName' | 'dateOfBirth' | 'sex'>;

/**
 * Who the child is, checked: the name, a date of birth that is not in the future and the sex.
 * Problems go into `errors`. The date of birth while it has no problem, and the values as the body
 * sends them.
 */
export function checkChildFields(
  fields: { givenName: TextSchema; familyName: TextSchema },
  child: ChildFieldValues,
  today: IsoDate,
  errors: FieldErrors,
): { dateOfBirth: IsoDate | null; body: ChildBodyFields } {
  const givenName = checkWith(fields.givenName, child.givenName);
  const familyName = checkWith(fields.familyName, child.familyName);
  addError(errors, 'givenName', givenName);
  addError(errors, 'familyName', familyName);
  const dateOfBirth = checkDate(child.dateOfBirth, {
    label: 'Date of birth',
    required: true,
    notAfter: today,
  });
  addError(errors, 'dateOfBirth', dateOfBirth);
  const sex = checkWith(sexSchema, child.sex);
  addError(errors, 'sex', sex);
  return {
    dateOfBirth: dateOfBirth.error === null ? dateOfBirth.iso : null,
    body: {
      givenName: givenName.value ?? '',
      familyName: familyName.value ?? '',
      dateOfBirth: dateOfBirth.iso ?? '',
      sex: sex.value ?? '1',
    },
  };
}

/**
 * The placement's description and the social worker's name and team, checked; problems go into
 * `errors`. The values as the body sends them.
 */
export function checkPlacementAndSocialWorker(
  fields: {
    placementDescription: TextSchema;
    socialWorker: { shape: { name: TextSchema; team: TextSchema } };
  },
  values: { placementDescription: string; socialWorker: { name: string; team: string } },
  errors: FieldErrors,
): { placementDescription: string; socialWorker: { name: string; team: string } } {
  const description = checkWith(fields.placementDescription, values.placementDescription);
  addError(errors, 'placementDescription', description);
  const name = checkWith(fields.socialWorker.shape.name, values.socialWorker.name);
  const team = checkWith(fields.socialWorker.shape.team, values.socialWorker.team);
  addError(errors, 'socialWorker.name', name);
  addError(errors, 'socialWorker.team', team);
  return {
    placementDescription: description.value ?? '',
    socialWorker: { name: name.value ?? '', team: team.value ?? '' },
  };
}
