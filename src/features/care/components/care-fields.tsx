// Form fields the care pages share: who the child is, their social worker, the legal status and
// the placement. Controlled: values and errors come in, changes go out.
import { DateField, Input, Radios, Select, type DateInputValue } from '@/components';
import { LEGAL_STATUSES, PLACEMENT_TYPES } from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import { codeOptions, SEX_LABELS } from '../lib/care-format';

export interface ChildFieldValues {
  givenName: string;
  familyName: string;
  dateOfBirth: DateInputValue;
  sex: string;
}

export function ChildFields({
  values,
  errors,
  onChange,
}: {
  values: ChildFieldValues;
  errors: FieldErrors;
  onChange: (values: ChildFieldValues) => void;
}) {
  const set = <K extends keyof ChildFieldValues>(key: K, value: ChildFieldValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  return (
    <>
      <Input
        id="givenName"
        label="First name"
        autoComplete="off"
        spellCheck={false}
        width="two-thirds"
        error={errors.givenName}
        value={values.givenName}
        onChange={(event) => {
          set('givenName', event.target.value);
        }}
      />
      <Input
        id="familyName"
        label="Last name"
        autoComplete="off"
        spellCheck={false}
        width="two-thirds"
        error={errors.familyName}
        value={values.familyName}
        onChange={(event) => {
          set('familyName', event.target.value);
        }}
      />
      <DateField
        id="dateOfBirth"
        legend="Date of birth"
        legendSize="s"
        error={errors.dateOfBirth}
        value={values.dateOfBirth}
        onChange={(value) => {
          set('dateOfBirth', value);
        }}
      />
      <Radios
        name="sex"
        legend="Sex"
        legendSize="s"
        hint="As recorded for the SSDA903 return."
        inline
        error={errors.sex}
        value={values.sex}
        onChange={(value) => {
          set('sex', value);
        }}
        items={(['1', '2'] as const).map((value) => ({ value, text: SEX_LABELS[value] }))}
      />
    </>
  );
}

export interface SocialWorkerValues {
  name: string;
  team: string;
}

export function SocialWorkerFields({
  values,
  errors,
  onChange,
}: {
  values: SocialWorkerValues;
  errors: FieldErrors;
  onChange: (values: SocialWorkerValues) => void;
}) {
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Social worker</legend>
      <Input
        id="socialWorker-name"
        label="Name"
        autoComplete="off"
        width="two-thirds"
        error={errors['socialWorker.name']}
        value={values.name}
        onChange={(event) => {
          onChange({ ...values, name: event.target.value });
        }}
      />
      <Input
        id="socialWorker-team"
        label="Team"
        autoComplete="off"
        width="two-thirds"
        error={errors['socialWorker.team']}
        value={values.team}
        onChange={(event) => {
          onChange({ ...values, team: event.target.value });
        }}
      />
    </fieldset>
  );
}

export function LegalStatusSelect({
  value,
  error,
  label = 'Legal status',
  hint,
  onChange,
}: {
  value: string;
  error?: string;
  label?: string;
  hint?: string;
  onChange: (value: string) => void;
}) {
  return (
    <Select
      id="legalStatus"
      label={label}
      labelSize="s"
      hint={hint ?? 'SSDA903 legal status (LS).'}
      error={error}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      options={codeOptions(LEGAL_STATUSES, 'Choose the legal status')}
    />
  );
}

export interface PlacementValues {
  type: string;
  description: string;
}

export function PlacementFields({
  values,
  errors,
  typeLabel = 'Placement type',
  onChange,
}: {
  values: PlacementValues;
  errors: FieldErrors;
  typeLabel?: string;
  onChange: (values: PlacementValues) => void;
}) {
  return (
    <>
      <Select
        id="placementType"
        label={typeLabel}
        labelSize="s"
        hint="SSDA903 placement type (PLACE)."
        error={errors.placementType}
        value={values.type}
        onChange={(event) => {
          onChange({ ...values, type: event.target.value });
        }}
        options={codeOptions(PLACEMENT_TYPES, 'Choose the placement type')}
      />
      <Input
        id="placementDescription"
        label="Placement"
        hint="Where the child lives and with whom, for example ‘Foster carers, Mr and Mrs Khan’."
        autoComplete="off"
        error={errors.placementDescription}
        value={values.description}
        onChange={(event) => {
          onChange({ ...values, description: event.target.value });
        }}
      />
    </>
  );
}
