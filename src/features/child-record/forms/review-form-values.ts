import { emptyDateInput, isoToDateInput, type DateInputValue } from '@/components';
import {
  allowedParticipationCodes,
  formatDate,
  participationCodeProblem,
  type IsoDate,
} from '@/domain';
import {
  PARTICIPATION_METHOD_VALUES,
  type CreateReviewBody,
  type Review,
  type UpdateReviewBody,
} from '@/lib/api/schemas';
import { checkDate } from '@/lib/forms/dates';
import type { FieldErrors } from '@/lib/forms/form-errors';

export interface RecommendationRow {
  /** Stable React key for the row. */
  key: string;
  /** Present for a recommendation already saved. */
  id?: string;
  action: string;
  owner: string;
  targetDate: DateInputValue;
  completedOn: DateInputValue;
}

export type AdvocacyDecision = '' | 'referred' | 'declined' | 'none';

export interface ReviewFormValues {
  heldOn: DateInputValue;
  participationCode: string;
  participationMethod: string;
  advocacyOffered: '' | 'yes' | 'no';
  advocacyDecision: AdvocacyDecision;
  referralDate: DateInputValue;
  provider: string;
  advocacyOutcome: string;
  recommendations: RecommendationRow[];
  recordOfReviewCompletedOn: DateInputValue;
  decisionsSentOn: DateInputValue;
  managerSignOffOn: DateInputValue;
}

let rowSequence = 0;
export function newRecommendationRow(): RecommendationRow {
  rowSequence += 1;
  return {
    key: `new-${rowSequence}`,
    action: '',
    owner: '',
    targetDate: { ...emptyDateInput },
    completedOn: { ...emptyDateInput },
  };
}

export function emptyReviewForm(): ReviewFormValues {
  return {
    heldOn: { ...emptyDateInput },
    participationCode: '',
    participationMethod: '',
    advocacyOffered: '',
    advocacyDecision: '',
    referralDate: { ...emptyDateInput },
    provider: '',
    advocacyOutcome: '',
    recommendations: [],
    recordOfReviewCompletedOn: { ...emptyDateInput },
    decisionsSentOn: { ...emptyDateInput },
    managerSignOffOn: { ...emptyDateInput },
  };
}

export function reviewFormFrom(review: Review): ReviewFormValues {
  return {
    heldOn: isoToDateInput(review.heldOn),
    participationCode: review.participationCode,
    participationMethod: review.participationMethod,
    advocacyOffered: review.advocacy.offered ? 'yes' : 'no',
    advocacyDecision: review.advocacy.referralMade
      ? 'referred'
      : review.advocacy.declined
        ? 'declined'
        : 'none',
    referralDate: isoToDateInput(review.advocacy.referralDate),
    provider: review.advocacy.provider ?? '',
    advocacyOutcome: review.advocacy.outcome ?? '',
    recommendations: review.recommendations.map((recommendation) => ({
      key: recommendation.id,
      id: recommendation.id,
      action: recommendation.action,
      owner: recommendation.owner,
      targetDate: isoToDateInput(recommendation.targetDate),
      completedOn: isoToDateInput(recommendation.completedOn),
    })),
    recordOfReviewCompletedOn: isoToDateInput(review.recordOfReviewCompletedOn),
    decisionsSentOn: isoToDateInput(review.decisionsSentOn),
    managerSignOffOn: isoToDateInput(review.managerSignOffOn),
  };
}

/** Field paths in the order they appear on the form (the API's dotted paths). */
export const REVIEW_FIELD_ORDER = [
  'heldOn',
  'participationCode',
  'participationMethod',
  'advocacy.offered',
  'advocacy.referralMade',
  'advocacy.declined',
  'advocacy.referralDate',
  'advocacy.provider',
  'advocacy.outcome',
  'recommendations',
  'recordOfReviewCompletedOn',
  'decisionsSentOn',
  'managerSignOffOn',
] as const;

const DATE_FIELDS = new Set([
  'heldOn',
  'advocacy.referralDate',
  'recordOfReviewCompletedOn',
  'decisionsSentOn',
  'managerSignOffOn',
]);

/** The id of each field's input on the page (dates: their day input). */
export function reviewFieldId(path: string): string | undefined {
  const row = /^recommendations\.(\d+)\.(action|owner|targetDate|completedOn)$/.exec(path);
  if (row) {
    const [, index = '0', field = 'action'] = row;
    const id = `recommendations-${index}-${field}`;
    return field === 'targetDate' || field === 'completedOn' ? `${id}-day` : id;
  }
  const ids: Record<string, string> = {
    heldOn: 'heldOn',
    participationCode: 'participationCode',
    participationMethod: 'participationMethod',
    'advocacy.offered': 'advocacyOffered',
    'advocacy.referralMade': 'advocacyDecision',
    'advocacy.declined': 'advocacyDecision',
    'advocacy.referralDate': 'referralDate',
    'advocacy.provider': 'provider',
    'advocacy.outcome': 'advocacyOutcome',
    recordOfReviewCompletedOn: 'recordOfReviewCompletedOn',
    decisionsSentOn: 'decisionsSentOn',
    managerSignOffOn: 'managerSignOffOn',
  };
  const id = ids[path];
  if (id === undefined) return path === 'recommendations' ? 'add-recommendation' : undefined;
  return DATE_FIELDS.has(path) ? `${id}-day` : id;
}

/** Field paths whose messages show on the advocacy decision radios. */
export function advocacyDecisionError(errors: FieldErrors): string | undefined {
  return errors['advocacy.referralMade'] ?? errors['advocacy.declined'];
}

export interface ReviewContext {
  today: IsoDate;
  dateOfBirth: IsoDate;
  /** The start of the current period of care (a new review cannot be before it). */
  periodStart: IsoDate | null;
  mode: 'create' | 'edit';
}

/** What the form tells the IRO about PN0 for the date entered, from the domain's rules. */
export function participationAgeNote(dateOfBirth: IsoDate, heldOn: IsoDate | null): string {
  if (heldOn === null || heldOn < dateOfBirth) {
    return 'Enter the date the review was held to see which codes apply: PN0 is only for children under 4 on the review date, and PN1 to PN7 for children aged 4 or over.';
  }
  const allowed = allowedParticipationCodes(dateOfBirth, heldOn);
  const on = formatDate(heldOn);
  if (allowed.length === 8) {
    return `${on} was the child’s 4th birthday, so either PN0 or PN1 to PN7 can be used.`;
  }
  if (allowed.includes('PN0')) {
    return `The child was under 4 on ${on}, so use PN0: PN1 to PN7 are for children aged 4 or over.`;
  }
  return `The child was 4 or over on ${on}, so PN0 cannot be used: choose from PN1 to PN7.`;
}

function isMethod(value: string): value is CreateReviewBody['participationMethod'] {
  return (PARTICIPATION_METHOD_VALUES as readonly string[]).includes(value);
}

export interface CheckedReview {
  errors: FieldErrors;
  body: Omit<CreateReviewBody, 'managerSignOffOn'> & { managerSignOffOn: IsoDate | null };
}

/** Checks every field with GOV.UK wording and builds the request body. */
export function checkReviewForm(values: ReviewFormValues, context: ReviewContext): CheckedReview {
  const errors: FieldErrors = {};
  const { today } = context;
  const add = (path: string, message: string | null) => {
    if (message !== null && errors[path] === undefined) errors[path] = message;
  };

  const held = checkDate(values.heldOn, {
    label: 'Date the review was held',
    required: true,
    notAfter: today,
    notBefore:
      context.mode === 'create'
        ? {
            date: context.periodStart,
            message: `Review date cannot be before the child became looked after on ${context.periodStart ? formatDate(context.periodStart) : ''}`,
          }
        : {
            date: context.dateOfBirth,
            message: 'Date the review was held cannot be before the child was born',
          },
  });
  add('heldOn', held.error);

  if (values.participationCode === '') {
    add('participationCode', 'Select how the child participated in the review');
  } else if (held.iso !== null && held.iso >= context.dateOfBirth) {
    add(
      'participationCode',
      participationCodeProblem(values.participationCode, context.dateOfBirth, held.iso)?.message ??
        null,
    );
  }
  if (!isMethod(values.participationMethod)) {
    add('participationMethod', 'Select how the child took part in the review');
  }

  if (values.advocacyOffered === '') add('advocacy.offered', 'Select whether advocacy was offered');
  if (values.advocacyDecision === '') {
    add('advocacy.referralMade', 'Select whether a referral to advocacy was made');
  }
  const referred = values.advocacyDecision === 'referred';
  const referral = referred
    ? checkDate(values.referralDate, {
        label: 'Date of the advocacy referral',
        required: true,
        notAfter: today,
      })
    : { iso: null, error: null };
  if (referred && referral.error?.startsWith('Enter ')) {
    add('advocacy.referralDate', 'Enter the date of the advocacy referral');
  } else {
    add('advocacy.referralDate', referral.error);
  }
  const provider = values.provider.trim();
  if (referred && provider === '') {
    add('advocacy.provider', 'Enter the advocacy provider the child was referred to');
  } else if (referred && provider.length > 120) {
    add('advocacy.provider', 'Advocacy provider must be 120 characters or fewer');
  }
  if (values.advocacyOutcome.trim().length > 2000) {
    add('advocacy.outcome', 'Advocacy outcome must be 2000 characters or fewer');
  }

  const afterHeld = (label: string) => ({
    date: held.error === null ? held.iso : null,
    message: `${label} must be the same as or after the date the review was held`,
  });
  const recommendations = values.recommendations.map((row, index) => {
    const path = `recommendations.${index}`;
    const action = row.action.trim();
    const owner = row.owner.trim();
    if (action === '') add(`${path}.action`, 'Enter the recommended action');
    else if (action.length > 500) {
      add(`${path}.action`, 'The recommended action must be 500 characters or fewer');
    }
    if (owner === '') add(`${path}.owner`, 'Enter who is responsible for the action');
    else if (owner.length > 120) {
      add(`${path}.owner`, 'Who is responsible for the action must be 120 characters or fewer');
    }
    const target = checkDate(row.targetDate, {
      label: 'Target date',
      required: true,
      notBefore: {
        date: held.error === null ? held.iso : null,
        message: 'Target date must be the same as or after the date the review was held',
      },
    });
    add(
      `${path}.targetDate`,
      target.error?.startsWith('Enter ') ? 'Enter the target date for the action' : target.error,
    );
    const completed = checkDate(row.completedOn, {
      label: 'Date the action was completed',
      notAfter: today,
      notBefore: afterHeld('Date the action was completed'),
    });
    add(`${path}.completedOn`, completed.error);
    return {
      ...(row.id === undefined ? {} : { id: row.id }),
      action,
      owner,
      targetDate: target.iso ?? '',
      completedOn: completed.iso,
    };
  });

  const record = checkDate(values.recordOfReviewCompletedOn, {
    label: 'Date the record of the review was completed',
    notAfter: today,
    notBefore: afterHeld('Date the record of the review was completed'),
  });
  add('recordOfReviewCompletedOn', record.error);
  const decisions = checkDate(values.decisionsSentOn, {
    label: 'Date the decisions were sent',
    notAfter: today,
    notBefore: afterHeld('Date the decisions were sent'),
  });
  add('decisionsSentOn', decisions.error);
  let signOff: { iso: IsoDate | null; error: string | null } = { iso: null, error: null };
  if (context.mode === 'edit') {
    signOff = checkDate(values.managerSignOffOn, {
      label: 'Date of the manager’s sign-off',
      notAfter: today,
      notBefore: {
        date: decisions.error === null ? decisions.iso : null,
        message:
          'Date of the manager’s sign-off must be the same as or after the date the decisions were sent',
      },
    });
    if (signOff.error === null && signOff.iso !== null && decisions.iso === null) {
      signOff.error = 'Enter the date the decisions were sent before the manager’s sign-off';
    }
    add('managerSignOffOn', signOff.error);
  }

  return {
    errors,
    body: {
      heldOn: held.iso ?? '',
      participationCode: values.participationCode,
      participationMethod: isMethod(values.participationMethod)
        ? values.participationMethod
        : 'in-person',
      advocacy: {
        offered: values.advocacyOffered === 'yes',
        referralMade: referred,
        referralDate: referred ? referral.iso : null,
        provider: referred ? provider : null,
        declined: values.advocacyDecision === 'declined',
        outcome: values.advocacyOutcome.trim() === '' ? null : values.advocacyOutcome.trim(),
      },
      recommendations,
      recordOfReviewCompletedOn: record.iso,
      decisionsSentOn: decisions.iso,
      managerSignOffOn: signOff.iso,
    },
  };
}

export function createReviewBody(checked: CheckedReview): CreateReviewBody {
  const { heldOn, participationCode, participationMethod, advocacy, recommendations } =
    checked.body;
  return {
    heldOn,
    participationCode,
    participationMethod,
    advocacy,
    recommendations,
    recordOfReviewCompletedOn: checked.body.recordOfReviewCompletedOn,
    decisionsSentOn: checked.body.decisionsSentOn,
  };
}

export function updateReviewBody(checked: CheckedReview, version: number): UpdateReviewBody {
  return { ...checked.body, version };
}
