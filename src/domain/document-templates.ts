import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';

// The documents IROs and business support send, written from templates the council edits: plain
// text with named placeholders ({{child.firstName}}), each kind with its own declared list. The
// template form and the backend both run templateProblems; rendering is renderTemplate.

export const DOCUMENT_KINDS = [
  'invitation',
  'consultation-4-7',
  'consultation-8-12',
  'consultation-13-plus',
  'consultation-parent-carer',
  'letter-to-child',
  'decisions-summary',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Documents made for a meeting (one per invitee): business support may produce them. */
export const MEETING_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'invitation',
  'consultation-4-7',
  'consultation-8-12',
  'consultation-13-plus',
  'consultation-parent-carer',
];
/** Documents made from a review's record: they hold review content (never business support). */
export const REVIEW_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'letter-to-child',
  'decisions-summary',
];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  invitation: 'Invitation to the review',
  'consultation-4-7': 'Consultation form for children aged 4 to 7',
  'consultation-8-12': 'Consultation form for children aged 8 to 12',
  'consultation-13-plus': 'Consultation form for young people aged 13 and over',
  'consultation-parent-carer': 'Consultation form for parents and carers',
  'letter-to-child': 'Letter to the child (the record of the review)',
  'decisions-summary': 'Decisions summary for the social work manager',
};

export interface PlaceholderDefinition {
  name: string;
  description: string;
}

const COMMON: readonly PlaceholderDefinition[] = [
  { name: 'council.name', description: 'The council’s name' },
  { name: 'child.firstName', description: 'The child’s first name' },
  { name: 'child.fullName', description: 'The child’s first and last names' },
  { name: 'child.reference', description: 'The council’s reference for the child' },
  { name: 'iro.name', description: 'The name of the child’s IRO' },
  { name: 'socialWorker.name', description: 'The name of the child’s social worker' },
  { name: 'today', description: 'The date the document is produced, as 14 March 2026' },
];

const MEETING: readonly PlaceholderDefinition[] = [
  { name: 'meeting.date', description: 'The day and date of the review meeting' },
  { name: 'meeting.time', description: 'The start and end time of the meeting, as 10:00 to 11:30' },
  {
    name: 'meeting.place',
    description: 'Where the meeting is: the venue, the link to join, or both',
  },
  { name: 'invitee.name', description: 'The name of the person the document is for' },
  {
    name: 'invitee.howSent',
    description: 'How the document reaches them, as “by email” or “by post”',
  },
];

const CONSULTATION: readonly PlaceholderDefinition[] = [
  {
    name: 'consultation.returnBy',
    description: 'The date to send the form back by (in time for the IRO to read it)',
  },
];

const REVIEW: readonly PlaceholderDefinition[] = [
  { name: 'review.date', description: 'The date the review was held' },
  { name: 'review.decisions', description: 'The review’s decisions, as the IRO wrote them' },
  {
    name: 'review.recommendations',
    description:
      'Each recommendation on its own line: what will happen, who will do it and by when',
  },
  { name: 'review.childViews', description: 'The child’s views, as the IRO wrote them' },
  {
    name: 'review.carePlan',
    description: 'Whether the review agreed the care plan, in a sentence',
  },
  { name: 'review.nextReviewDue', description: 'The date the next review is due by' },
];

const SUMMARY: readonly PlaceholderDefinition[] = [
  { name: 'review.attendees', description: 'Who took part and how, each on its own line' },
];

/** The placeholders each kind of template may use (an unknown one is refused). */
export const DOCUMENT_PLACEHOLDERS: Record<DocumentKind, readonly PlaceholderDefinition[]> = {
  invitation: [...COMMON, ...MEETING],
  'consultation-4-7': [...COMMON, ...MEETING, ...CONSULTATION],
  'consultation-8-12': [...COMMON, ...MEETING, ...CONSULTATION],
  'consultation-13-plus': [...COMMON, ...MEETING, ...CONSULTATION],
  'consultation-parent-carer': [...COMMON, ...MEETING, ...CONSULTATION],
  'letter-to-child': [...COMMON, ...REVIEW],
  'decisions-summary': [...COMMON, ...REVIEW, ...SUMMARY],
};

/** Long enough for a four-page letter; a template longer than this is not plain English. */
export const TEMPLATE_BODY_LIMIT = 10_000;
export const TEMPLATE_TITLE_LIMIT = 120;

// {{ name }}: letters, digits and dots, spaces allowed inside the braces.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface PlaceholderUse {
  name: string;
  /** 1-based line of the template the placeholder is on. */
  line: number;
}

/** Every placeholder the text uses, in order, with its line. */
export function placeholdersIn(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(PLACEHOLDER)) {
      uses.push({ name: match[1] ?? '', line: index + 1 });
    }
  });
  return uses;
}

/** The first line with a "{{" that is not closed by "}}" on the same line (null: none). */
function unclosedLine(text: string): number | null {
  const lines = text.split('\n');
  for (const [index, lineText] of lines.entries()) {
    const rest = lineText.replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}')) return index + 1;
  }
  return null;
}

/** The placeholders a template of this kind uses that are not in its list, with their lines. */
export function unknownPlaceholders(kind: DocumentKind, text: string): PlaceholderUse[] {
  const known = new Set(DOCUMENT_PLACEHOLDERS[kind].map((each) => each.name));
  return placeholdersIn(text).filter((use) => !known.has(use.name));
}

function describeUnknown(uses: readonly PlaceholderUse[]): string {
  const [first] = uses;
  if (first === undefined) return '';
  const shown = first.name === '' ? '{{}}' : `{{${first.name}}}`;
  const more = uses.length > 1 ? ` (and ${uses.length - 1} more)` : '';
  return `Line ${first.line} has a placeholder this template cannot use: ${shown}${more}. Use one from the list of placeholders`;
}

export interface TemplateInput {
  title: string | null;
  body: string | null;
}

/**
 * A template the council saves: a title and a body, neither blank nor too long, whose every
 * placeholder is one the kind declares and every "{{" is closed. Fields `title` and `body`.
 */
export function templateProblems(kind: DocumentKind, template: TemplateInput): FieldProblem[] {
  const problems = new FieldProblemList();
  const title = template.title ?? '';
  const body = template.body ?? '';
  if (isBlank(title)) problems.add('title', 'Enter the document’s title');
  else if (title.trim().length > TEMPLATE_TITLE_LIMIT) {
    problems.add(
      'title',
      `The document’s title must be ${TEMPLATE_TITLE_LIMIT} characters or fewer`,
    );
  }
  if (isBlank(body)) problems.add('body', 'Enter the text of the template');
  else if (body.length > TEMPLATE_BODY_LIMIT) {
    problems.add(
      'body',
      `The text of the template must be ${TEMPLATE_BODY_LIMIT.toLocaleString('en-GB')} characters or fewer`,
    );
  }
  const unknown = unknownPlaceholders(kind, body);
  if (unknown.length > 0) problems.add('body', describeUnknown(unknown));
  const unclosed = unclosedLine(body);
  if (unclosed !== null) {
    problems.add(
      'body',
      `Line ${unclosed} has braces that do not make a placeholder: write placeholders as {{child.firstName}}`,
    );
  }
  return problems.list();
}

export type PlaceholderValues = Readonly<Record<string, string>>;

/**
 * The template with each placeholder replaced by its value. A placeholder with no value (a saved
 * template is checked, so only a value the data does not have) is left as "[not recorded]".
 */
export function renderTemplate(body: string, values: PlaceholderValues): string {
  return body.replace(PLACEHOLDER, (_whole, name: string) => values[name] ?? '[not recorded]');
}
