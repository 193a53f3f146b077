import type { DocumentKind } from './document-templates';

// The templates a council starts with (the seed stores them; a council edits its own). Plain
// English, short sentences; the letter to the child speaks to them ("you"), as the IRO Handbook
// asks the record of the review to be written for the child.

export interface DefaultTemplate {
  title: string;
  body: string;
}

const CONSULTATION_ENDING = `Please send this form back by {{consultation.returnBy}}, so {{iro.name}} can read it before the meeting. You can also ask {{socialWorker.name}} to help you fill it in.

{{council.name}}`;

export const DEFAULT_DOCUMENT_TEMPLATES: Record<DocumentKind, DefaultTemplate> = {
  invitation: {
    title: 'Invitation to {{child.firstName}}’s review',
    body: `Dear {{invitee.name}},

You are invited to {{child.firstName}}’s review meeting.

When: {{meeting.date}}, {{meeting.time}}
Where: {{meeting.place}}

The meeting will be chaired by {{iro.name}}, the Independent Reviewing Officer. The review looks at how things are going for {{child.firstName}} and agrees the plan for the next few months.

If you cannot come, please tell us as soon as you can. You can still share your views before the meeting.

We are sending you this invitation {{invitee.howSent}}.

Yours sincerely,

{{iro.name}}
Independent Reviewing Officer
{{council.name}}`,
  },
  'consultation-4-7': {
    title: 'My review: what I think',
    body: `Hello {{invitee.name}}!

You have a review meeting on {{meeting.date}}. {{iro.name}} will be there to listen to you.

Draw or write your answers. Someone can help you.

What makes me happy?

What makes me sad or worried?

Who do I like to spend time with?

What would I like to change?

${CONSULTATION_ENDING}`,
  },
  'consultation-8-12': {
    title: 'Your review: tell us what you think',
    body: `Hi {{invitee.name}},

Your review meeting is on {{meeting.date}}, {{meeting.time}}. {{iro.name}}, your Independent Reviewing Officer, wants to know what you think.

What is going well at home?

What is going well at school?

Is anything worrying you?

Do you see the people you want to see?

What would you like to happen next?

Would you like to come to the meeting? Would you like someone to speak for you?

${CONSULTATION_ENDING}`,
  },
  'consultation-13-plus': {
    title: 'Your review: your views',
    body: `Hi {{invitee.name}},

Your review meeting is on {{meeting.date}}, {{meeting.time}}, at {{meeting.place}}. {{iro.name}} will chair it. It is your meeting, and your views matter.

How are things going where you live?

How are things going at school, college or work?

How is your health?

Are you in touch with the people who matter to you?

What do you want from your plan in the next six months?

Is there anything you want to say that you do not want everyone to hear?

Would you like an advocate to help you say what you think?

${CONSULTATION_ENDING}`,
  },
  'consultation-parent-carer': {
    title: 'Your views for {{child.firstName}}’s review',
    body: `Dear {{invitee.name}},

{{child.firstName}}’s review meeting is on {{meeting.date}}, {{meeting.time}}. {{iro.name}} will chair it and would like to know your views before the meeting.

How do you think {{child.firstName}} is getting on?

What is going well?

What worries you?

Is the plan for {{child.firstName}} working? What would you change?

Is there anything you need to help you support {{child.firstName}}?

${CONSULTATION_ENDING}`,
  },
  'letter-to-child': {
    title: 'Your review on {{review.date}}',
    body: `Dear {{child.firstName}},

I am {{iro.name}}, your Independent Reviewing Officer. This letter tells you what happened at your review on {{review.date}}.

What you told us:
{{review.childViews}}

What we decided:
{{review.decisions}}

{{review.carePlan}}

What will happen next:
{{review.recommendations}}

Your next review will be by {{review.nextReviewDue}}.

If you do not understand something, or you do not agree, you can ask me. You can also ask {{socialWorker.name}}, your social worker. You can have an advocate to help you say what you think.

Best wishes,

{{iro.name}}
Independent Reviewing Officer
{{council.name}}`,
  },
  'decisions-summary': {
    title: 'Review decisions: {{child.reference}}, review on {{review.date}}',
    body: `To the social work manager

Child: {{child.fullName}} ({{child.reference}})
Review held: {{review.date}}
Chaired by: {{iro.name}}
Social worker: {{socialWorker.name}}

Who took part:
{{review.attendees}}

Decisions:
{{review.decisions}}

{{review.carePlan}}

Recommendations:
{{review.recommendations}}

Next review due by: {{review.nextReviewDue}}

Please agree or query these decisions within 5 working days of receiving them.

{{iro.name}}
Independent Reviewing Officer
{{council.name}}`,
  },
};
