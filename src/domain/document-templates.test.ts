import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_TEMPLATES } from './document-defaults';
import {
  DOCUMENT_KINDS,
  DOCUMENT_PLACEHOLDERS,
  TEMPLATE_BODY_LIMIT,
  placeholdersIn,
  renderTemplate,
  templateProblems,
  unknownPlaceholders,
} from './document-templates';
import {
  consultationKindFor,
  meetingDocumentValues,
  reviewDocumentValues,
  type DocumentPeople,
} from './document-values';

const PEOPLE: DocumentPeople = {
  councilName: 'Northshire County Council',
  child: { givenName: 'Amara', familyName: 'Lewis', childRef: 'LA123456' },
  iroName: 'Hannah Okoye',
  socialWorkerName: 'Sam Patel',
  today: '2026-11-23',
};

describe('placeholders in a template', () => {
  it('finds each placeholder with its line, spaces inside the braces allowed', () => {
    expect(placeholdersIn('Dear {{child.firstName}},\n\nOn {{ review.date }} we met.')).toEqual([
      { name: 'child.firstName', line: 1 },
      { name: 'review.date', line: 3 },
    ]);
  });

  it('names an unknown placeholder and its line, and one a kind does not declare', () => {
    expect(unknownPlaceholders('invitation', 'Hi {{child.firstName}}\n{{child.nickname}}')).toEqual(
      [{ name: 'child.nickname', line: 2 }],
    );
    // The review's decisions are not in an invitation's list (business support send it).
    expect(unknownPlaceholders('invitation', 'x\ny\n{{review.decisions}}')).toEqual([
      { name: 'review.decisions', line: 3 },
    ]);
    expect(unknownPlaceholders('letter-to-child', '{{review.decisions}}')).toEqual([]);
  });
});

describe('templateProblems', () => {
  const ok = { title: 'Your review', body: 'Dear {{child.firstName}},' };

  it('accepts a template using only its declared placeholders', () => {
    expect(templateProblems('letter-to-child', ok)).toEqual([]);
  });

  it('refuses an unknown placeholder, naming it and its line', () => {
    expect(
      templateProblems('letter-to-child', {
        ...ok,
        body: 'Dear {{child.firstName}},\n\nYour review on {{review.when}} went well.\n{{pet}}',
      }),
    ).toEqual([
      {
        field: 'body',
        message:
          'Line 3 has a placeholder this template cannot use: {{review.when}} (and 1 more). Use one from the list of placeholders',
      },
    ]);
  });

  it('refuses braces that are not a placeholder', () => {
    expect(templateProblems('invitation', { ...ok, body: 'Hello\n{{child.firstName}' })).toEqual([
      {
        field: 'body',
        message:
          'Line 2 has braces that do not make a placeholder: write placeholders as {{child.firstName}}',
      },
    ]);
  });

  it('refuses an empty body or title, naming the field', () => {
    expect(templateProblems('invitation', { title: '  ', body: '\n \n' })).toEqual([
      { field: 'title', message: 'Enter the document’s title' },
      { field: 'body', message: 'Enter the text of the template' },
    ]);
    expect(templateProblems('invitation', { title: null, body: null })).toHaveLength(2);
  });

  it('refuses over-long text', () => {
    expect(
      templateProblems('invitation', {
        title: 'x'.repeat(121),
        body: 'a'.repeat(TEMPLATE_BODY_LIMIT + 1),
      }),
    ).toEqual([
      { field: 'title', message: 'The document’s title must be 120 characters or fewer' },
      { field: 'body', message: 'The text of the template must be 10,000 characters or fewer' },
    ]);
    expect(
      templateProblems('invitation', { title: 'x', body: 'a'.repeat(TEMPLATE_BODY_LIMIT) }),
    ).toEqual([]);
  });

  it('passes every seeded default template', () => {
    for (const kind of DOCUMENT_KINDS) {
      expect({ kind, problems: templateProblems(kind, DEFAULT_DOCUMENT_TEMPLATES[kind]) }).toEqual({
        kind,
        problems: [],
      });
    }
  });

  it('declares a description for every placeholder, each once', () => {
    for (const kind of DOCUMENT_KINDS) {
      const names = DOCUMENT_PLACEHOLDERS[kind].map((each) => each.name);
      expect([...new Set(names)]).toEqual(names);
      for (const each of DOCUMENT_PLACEHOLDERS[kind]) expect(each.description).not.toBe('');
    }
  });
});

describe('renderTemplate', () => {
  it('replaces every placeholder, however spaced, and marks a value the data lacks', () => {
    expect(
      renderTemplate('Dear {{child.firstName}}, from {{ iro.name }}. {{x}}', {
        'child.firstName': 'Amara',
        'iro.name': 'Hannah Okoye',
      }),
    ).toBe('Dear Amara, from Hannah Okoye. [not recorded]');
  });

  it('does not read placeholders inside a value (a child’s views cannot inject one)', () => {
    expect(renderTemplate('{{a}} {{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}} B');
  });

  it('writes an invitation for one invitee of a meeting, in their contact method', () => {
    const values = meetingDocumentValues(
      PEOPLE,
      {
        date: '2026-12-08',
        startTime: '10:00',
        durationMinutes: 90,
        venue: 'Civic Centre, Room 2',
        virtualLink: null,
      },
      { name: 'Joy Lewis', contactMethod: 'post' },
      '2026-12-01',
    );
    const text = renderTemplate(DEFAULT_DOCUMENT_TEMPLATES.invitation.body, values);
    expect(text).toContain('Dear Joy Lewis,');
    expect(text).toContain('When: Tuesday 8 December 2026, 10:00 to 11:30');
    expect(text).toContain('Where: Civic Centre, Room 2');
    expect(text).toContain('We are sending you this invitation by post.');
    expect(text).not.toContain('[not recorded]');
    const form = renderTemplate(DEFAULT_DOCUMENT_TEMPLATES['consultation-8-12'].body, values);
    expect(form).toContain('Please send this form back by 1 December 2026');
  });

  it('writes the letter to the child in the second person from the decisions and recommendations', () => {
    const values = reviewDocumentValues(
      PEOPLE,
      {
        heldOn: '2026-11-20',
        decisions: 'You will stay with your foster carers.',
        childViews: 'Amara wants to see her brother more.',
        carePlanEndorsed: true,
        recommendations: [
          {
            action: 'Arrange monthly contact with your brother',
            owner: 'Social worker',
            targetDate: '2027-01-15',
            completedOn: null,
            noLongerNeeded: null,
          },
        ],
        attendees: [{ name: 'Sam Patel', role: 'Social worker', method: 'video' }],
      },
      '2027-05-20',
    );
    const letter = renderTemplate(DEFAULT_DOCUMENT_TEMPLATES['letter-to-child'].body, values);
    expect(letter).toContain('Dear Amara,');
    expect(letter).toContain(
      'This letter tells you what happened at your review on 20 November 2026.',
    );
    expect(letter).toContain('You will stay with your foster carers.');
    expect(letter).toContain(
      '- Arrange monthly contact with your brother (Social worker, by 15 January 2027)',
    );
    expect(letter).toContain('The review agreed the care plan.');
    expect(letter).toContain('Your next review will be by 20 May 2027.');
    const summary = renderTemplate(DEFAULT_DOCUMENT_TEMPLATES['decisions-summary'].body, values);
    expect(summary).toContain('Child: Amara Lewis (LA123456)');
    expect(summary).toContain('- Sam Patel, Social worker (by video)');
  });
});

describe('consultationKindFor', () => {
  it('chooses the child’s form by age on the meeting day, and the family form for parents and carers', () => {
    const born = '2016-12-10';
    expect(consultationKindFor('child', born, '2020-12-09')).toBeNull(); // 3: PN0, no form
    expect(consultationKindFor('child', born, '2020-12-10')).toBe('consultation-4-7');
    expect(consultationKindFor('child', born, '2024-12-09')).toBe('consultation-4-7');
    expect(consultationKindFor('child', born, '2024-12-10')).toBe('consultation-8-12');
    expect(consultationKindFor('child', born, '2029-12-09')).toBe('consultation-8-12');
    expect(consultationKindFor('child', born, '2029-12-10')).toBe('consultation-13-plus');
    expect(consultationKindFor('parent', born, '2026-01-01')).toBe('consultation-parent-carer');
    expect(consultationKindFor('carer', born, '2026-01-01')).toBe('consultation-parent-carer');
    expect(consultationKindFor('social-worker', born, '2026-01-01')).toBeNull();
  });
});
