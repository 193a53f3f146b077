import { Button, Fieldset, Input, Select } from '@/components';
import { CONTACT_METHODS, INVITEE_ROLES, type InviteeBody } from '@/lib/api/schemas';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import { CONTACT_METHOD_LABELS, INVITEE_ROLE_LABELS } from '../lib/labels';

export interface InviteeRow {
  /** Stable key for React (not sent). */
  key: string;
  role: string;
  name: string;
  contactMethod: string;
}

let nextKey = 0;
export function newInviteeRow(values: Partial<Omit<InviteeRow, 'key'>> = {}): InviteeRow {
  nextKey += 1;
  return { key: `invitee-${nextKey}`, role: '', name: '', contactMethod: '', ...values };
}

/** Checks each row with the API's wording; returns errors keyed 'invitees.N.field'. */
export function checkInvitees(rows: readonly InviteeRow[]): FieldErrors {
  const errors: FieldErrors = {};
  rows.forEach((row, index) => {
    if (row.role === '') errors[`invitees.${index}.role`] = 'Select the invitee’s role';
    if (row.name.trim() === '') errors[`invitees.${index}.name`] = 'Enter the invitee’s name';
    else if (row.name.trim().length > 120) {
      errors[`invitees.${index}.name`] = 'The invitee’s name must be 120 characters or fewer';
    }
    if (row.contactMethod === '') {
      errors[`invitees.${index}.contactMethod`] = 'Select how the invitation is sent';
    }
  });
  return errors;
}

export function inviteeBodies(rows: readonly InviteeRow[]): InviteeBody[] {
  return rows.map((row) => ({
    role: row.role as InviteeBody['role'],
    name: row.name.trim(),
    contactMethod: row.contactMethod as InviteeBody['contactMethod'],
  }));
}

/** Where an invitee error lives on the page. */
export function inviteeFieldId(path: string): string | undefined {
  const match = /^invitees\.(\d+)\.(role|name|contactMethod)$/.exec(path);
  return match ? `invitees-${match[1]}-${match[2]}` : undefined;
}

export type InviteesFieldsProps = {
  rows: readonly InviteeRow[];
  errors: FieldErrors;
  onChange: (rows: InviteeRow[]) => void;
};

/** Who is invited: role, name and how the invitation goes, one fieldset per person. */
export function InviteesFields({ rows, errors, onChange }: InviteesFieldsProps) {
  function update(index: number, patch: Partial<InviteeRow>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }
  return (
    <Fieldset legend="Who is invited" legendSize="m">
      <p className="govuk-body">
        Invite the child, parents, carers, the social worker, an advocate, health, school, an
        interpreter or anyone else who should be there. You record when invitations and consultation
        documents go after booking.
      </p>
      {rows.map((row, index) => (
        <div key={row.key} className="app-invitee govuk-!-margin-bottom-4">
          <Fieldset legend={`Invitee ${index + 1}`} legendSize="s">
            <Select
              id={`invitees-${index}-role`}
              label="Role"
              error={errors[`invitees.${index}.role`]}
              value={row.role}
              onChange={(event) => {
                update(index, { role: event.target.value });
              }}
              options={[
                { value: '', text: 'Choose a role' },
                ...INVITEE_ROLES.map((role) => ({ value: role, text: INVITEE_ROLE_LABELS[role] })),
              ]}
            />
            <Input
              id={`invitees-${index}-name`}
              label="Name"
              width="two-thirds"
              autoComplete="off"
              spellCheck={false}
              error={errors[`invitees.${index}.name`]}
              value={row.name}
              onChange={(event) => {
                update(index, { name: event.target.value });
              }}
            />
            <Select
              id={`invitees-${index}-contactMethod`}
              label="How the invitation is sent"
              error={errors[`invitees.${index}.contactMethod`]}
              value={row.contactMethod}
              onChange={(event) => {
                update(index, { contactMethod: event.target.value });
              }}
              options={[
                { value: '', text: 'Choose how' },
                ...CONTACT_METHODS.map((method) => ({
                  value: method,
                  text: CONTACT_METHOD_LABELS[method],
                })),
              ]}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                onChange(rows.filter((_, i) => i !== index));
              }}
            >
              Remove<span className="govuk-visually-hidden"> invitee {index + 1}</span>
            </Button>
          </Fieldset>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          onChange([...rows, newInviteeRow()]);
        }}
      >
        Add an invitee
      </Button>
    </Fieldset>
  );
}
