import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { FormPage, Input, NotificationBanner, Radios } from '@/components';
import { api } from '@/lib/api/client';
import type { Settings } from '@/lib/api/schemas';
import { useFormSubmission } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query-keys';
import { useSettings } from '@/lib/session';
import { useUpdateSettings } from '../api/update-settings';
import { LateReasonFields } from '../components/late-reason-fields';
import { lateReasonFieldId } from '../lib/late-reason-rows';
import {
  checkSettings,
  formValuesOf,
  LATE_REASONS_AFTER,
  SETTING_FIELD_ORDER,
  SETTING_SECTIONS,
  type SettingField,
  type SettingsFormValues,
} from '../lib/settings-form';

const TITLE = 'Settings';

/** A field's id on the page: 'caseloadBand.min' is 'caseloadBand-min'. */
const idOf = (key: string) => key.replace('.', '-');

function SettingsForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const queryClient = useQueryClient();
  const submission = useFormSubmission();
  const [saved, setSaved] = useState<Settings>(settings);
  const [values, setValues] = useState<SettingsFormValues>(() => formValuesOf(settings));
  const [done, setDone] = useState(0);
  const changed = JSON.stringify(values) !== JSON.stringify(formValuesOf(saved));
  const { blocker } = useLeaveGuard(changed);
  const { errors } = submission;

  const set = (key: SettingField['key'] | 'calendarChildLabel') => (value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
  };

  async function onSubmit() {
    setDone(0);
    const checked = checkSettings(values, saved.version);
    const ok = await submission.submit(checked.errors ?? {}, async () => {
      if (checked.body === null) return;
      const after = await update.mutateAsync(checked.body);
      setSaved(after);
      setValues(formValuesOf(after));
    });
    if (ok) setDone((count) => count + 1);
  }

  const field = ({ key, label, hint, suffix }: SettingField) => (
    <Input
      key={key}
      id={idOf(key)}
      label={label}
      labelSize="s"
      hint={hint}
      suffix={suffix}
      width={suffix === undefined ? (key.startsWith('meeting') ? 5 : 'two-thirds') : 4}
      inputMode={suffix === undefined ? undefined : 'numeric'}
      spellCheck={false}
      value={values[key]}
      error={errors[key]}
      onChange={(event) => {
        set(key)(event.target.value);
      }}
    />
  );

  return (
    <FormPage
      caption="The IRO service"
      title={TITLE}
      submission={submission}
      fieldOrder={SETTING_FIELD_ORDER}
      idFor={(key) =>
        key === 'calendarChildLabel'
          ? 'calendarChildLabel'
          : key === 'version'
            ? undefined
            : key.startsWith('lateReviewReasons')
              ? lateReasonFieldId(key, values.lateReviewReasons.length)
              : SETTING_FIELD_ORDER.includes(key)
                ? idOf(key)
                : undefined
      }
      onSubmit={onSubmit}
      submitLabel="Save settings"
      cancelHref={paths.team}
      blocker={blocker}
      onReload={async () => {
        // Someone else saved first: the form starts again from theirs.
        const current = await api.getSettings();
        queryClient.setQueryData(queryKeys.settings(), current);
        setSaved(current);
        setValues(formValuesOf(current));
        submission.clearConflict();
      }}
      notice={
        done > 0 ? (
          <NotificationBanner type="success" focusOnMount heading="Settings saved" />
        ) : null
      }
      intro={
        <p className="govuk-body">
          The council’s own practice: local targets and lead times, not statutory rules. A change
          applies at once to every page, report and reminder.
        </p>
      }
    >
      {SETTING_SECTIONS.map((section) => (
        <Fragment key={section.heading}>
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
              <h2 className="govuk-fieldset__heading">{section.heading}</h2>
            </legend>
            {section.fields.map(field)}
          </fieldset>
          {section.heading === LATE_REASONS_AFTER && (
            <LateReasonFields
              rows={values.lateReviewReasons}
              errors={errors}
              onChange={(rows) => {
                setValues((current) => ({ ...current, lateReviewReasons: rows }));
              }}
            />
          )}
        </Fragment>
      ))}
      <Radios
        name="calendarChildLabel"
        legend="Calendar entries show the child’s"
        legendSize="m"
        hint="Calendars are shared and synced to phones, so they never show a child’s name."
        value={values.calendarChildLabel}
        error={errors.calendarChildLabel}
        items={[
          { value: 'reference', text: 'Council reference' },
          { value: 'initials', text: 'Initials' },
        ]}
        onChange={set('calendarChildLabel')}
      />
    </FormPage>
  );
}

/** Route: paths.settings. Team managers change the council's settings (the backend's 403 else). */
export function SettingsPage() {
  // The settings as the page opened; the form keeps its own copy as it saves.
  return <SettingsForm settings={useSettings()} />;
}
