// The council's document templates (team managers edit them; the domain refuses unknown
// placeholders, empty and over-long text) and the documents written from them, seen by whoever may
// see what they are written from.
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, DOCUMENT_KINDS, TEMPLATE_BODY_LIMIT } from '@/domain';
import {
  documentTemplateListSchema,
  meetingDocumentsSchema,
  reviewDocumentsSchema,
  type ReviewMeeting,
} from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { reviewableChild, reviewWithDecisions } from '../test/review-kit';
import { call, fieldErrors, signIn, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend();

async function invitationTemplate(token: string) {
  const list = documentTemplateListSchema.parse(
    (await call('GET', '/document-templates', { token })).body,
  );
  const template = list.templates.find((each) => each.kind === 'invitation');
  if (template === undefined) throw new Error('No invitation template');
  return template;
}

/** A booked meeting, in the future, inviting the child (aged 4 or more) and someone else. */
function bookedMeetingWithChild(): ReviewMeeting {
  for (const meeting of ctx.db.all('meetings')) {
    const child = ctx.db.get('children', meeting.childId);
    if (meeting.status !== 'booked' || meeting.date < TEST_TODAY || child === undefined) continue;
    if (ageOn(child.dateOfBirth, meeting.date) < 4) continue;
    const roles = meeting.invitees.map((each) => each.role);
    if (roles.includes('child') && roles.some((role) => role !== 'child')) return meeting;
  }
  throw new Error('No booked meeting inviting the child');
}

describe('document templates', () => {
  it('are seeded with a default for every kind, each listing its placeholders, for every role', async () => {
    for (const role of ['iro', 'team-manager', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const result = await call('GET', '/document-templates', { token });
      expect(result.status).toBe(200);
      const { templates } = documentTemplateListSchema.parse(result.body);
      expect(templates.map((each) => each.kind)).toEqual([...DOCUMENT_KINDS]);
      const letter = templates.find((each) => each.kind === 'letter-to-child');
      expect(letter?.body).toContain('Dear {{child.firstName}},');
      expect(letter?.placeholders).toContainEqual({
        name: 'review.decisions',
        description: 'The review’s decisions, as the IRO wrote them',
      });
      expect(letter).toMatchObject({ version: 1, updatedAt: null, updatedBy: null });
    }
  });

  it('are changed by a team manager, audited, and used by the next document', async () => {
    const { token, user } = await signInAs(ctx.db, 'team-manager');
    const before = await invitationTemplate(token);
    const saved = await call('PUT', '/document-templates/invitation', {
      token,
      body: {
        title: 'Come to {{child.firstName}}’s review',
        body: 'Hello {{invitee.name}}, please come on {{meeting.date}}.',
        version: before.version,
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: before.version + 1,
      updatedBy: { id: user.id, name: user.name },
    });
    const audit = [...ctx.db.all('auditEvents')].find(
      (event) => event.entity === 'document-template',
    );
    expect(audit?.summary).toBe(`${user.name} changed the template: Invitation to the review`);

    const meeting = bookedMeetingWithChild();
    const documents = meetingDocumentsSchema.parse(
      (await call('GET', `/meetings/${meeting.id}/documents`, { token })).body,
    );
    const invitation = documents.documents.find((each) => each.kind === 'invitation');
    expect(invitation?.title).toBe(`Come to ${documents.child.givenName}’s review`);
    expect(invitation?.text).toMatch(/^Hello .+, please come on \w+day \d+ \w+ \d{4}\.$/);
  });

  it('refuses an unknown placeholder naming it and its line, empty and over-long text (422)', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const { version } = await invitationTemplate(token);
    const unknown = await call('PUT', '/document-templates/invitation', {
      token,
      body: { title: 'Invitation', body: 'Dear {{invitee.name}},\n{{review.decisions}}', version },
    });
    expect(unknown.status).toBe(422);
    expect(fieldErrors(unknown.body)).toEqual({
      body: 'Line 2 has a placeholder this template cannot use: {{review.decisions}}. Use one from the list of placeholders',
    });
    const empty = await call('PUT', '/document-templates/invitation', {
      token,
      body: { title: ' ', body: '', version },
    });
    expect(fieldErrors(empty.body)).toEqual({
      title: 'Enter the document’s title',
      body: 'Enter the text of the template',
    });
    const long = await call('PUT', '/document-templates/invitation', {
      token,
      body: { title: 'Invitation', body: 'a'.repeat(TEMPLATE_BODY_LIMIT + 1), version },
    });
    expect(fieldErrors(long.body)).toEqual({
      body: 'The text of the template must be 10,000 characters or fewer',
    });
    const missing = await call('PUT', '/document-templates/invitation', {
      token,
      body: { version },
    });
    expect(fieldErrors(missing.body)).toEqual({
      title: 'Enter the document’s title',
      body: 'Enter the text of the template',
    });
    // Nothing was saved.
    expect((await invitationTemplate(token)).version).toBe(version);
  });

  it('refuses a stale version (409), an unknown kind (404), and anyone but a team manager (403)', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const { version, title, body } = await invitationTemplate(token);
    const stale = await call('PUT', '/document-templates/invitation', {
      token,
      body: { title, body, version: version + 5 },
    });
    expect(stale.status).toBe(409);
    const unknown = await call('PUT', '/document-templates/postcard', {
      token,
      body: { title, body, version },
    });
    expect(unknown.status).toBe(404);
    for (const role of ['iro', 'business-support'] as const) {
      const other = await signInAs(ctx.db, role);
      const refused = await call('PUT', '/document-templates/invitation', {
        token: other.token,
        body: { title, body, version },
      });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        detail: 'Only a team manager can change the council’s document templates',
      });
    }
  });
});

describe('a meeting’s documents', () => {
  it('give business support an invitation per invitee in their contact method, and consultation forms by age', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const meeting = bookedMeetingWithChild();
    const child = ctx.db.get('children', meeting.childId);
    const result = await call('GET', `/meetings/${meeting.id}/documents`, { token });
    expect(result.status).toBe(200);
    const documents = meetingDocumentsSchema.parse(result.body);
    const invitations = documents.documents.filter((each) => each.kind === 'invitation');
    expect(invitations.map((each) => each.recipient?.name)).toEqual(
      meeting.invitees.map((each) => each.name),
    );
    for (const invitation of invitations) {
      expect(invitation.text).toContain(`Dear ${invitation.recipient?.name ?? ''},`);
      expect(invitation.text).toContain(`${child?.givenName ?? ''}’s review meeting`);
      expect(invitation.text).not.toContain('[not recorded]');
    }
    const email = invitations.find((each) => each.recipient?.contactMethod === 'email');
    if (email !== undefined) {
      expect(email.recipient?.delivery).toBe('Send by email');
      expect(email.text).toContain('We are sending you this invitation by email.');
    }
    const childForm = documents.documents.find(
      (each) => each.kind !== 'invitation' && each.recipient?.role === 'child',
    );
    const age = ageOn(child?.dateOfBirth ?? '', meeting.date);
    const band =
      age <= 7 ? 'consultation-4-7' : age <= 12 ? 'consultation-8-12' : 'consultation-13-plus';
    expect(childForm?.kind).toBe(band);
    const professionals = meeting.invitees.filter(
      (each) => !['child', 'parent', 'carer'].includes(each.role),
    );
    expect(documents.noConsultation.map((each) => each.name)).toEqual(
      professionals.map((each) => each.name),
    );
  });

  it('are refused to an IRO who neither chairs the meeting nor has the child, and 404 for no meeting', async () => {
    const meeting = bookedMeetingWithChild();
    const childIro = ctx.db.get('children', meeting.childId)?.iroId;
    const other = [...ctx.db.all('staff')].find(
      (each) =>
        each.role === 'iro' && each.active && each.id !== meeting.iroId && each.id !== childIro,
    );
    if (other === undefined) throw new Error('No other IRO');
    const token = await signIn(other.id);
    const refused = await call('GET', `/meetings/${meeting.id}/documents`, { token });
    expect(refused.status).toBe(403);
    const chair = await signIn(meeting.iroId);
    const allowed = await call('GET', `/meetings/${meeting.id}/documents`, { token: chair });
    expect(allowed.status).toBe(200);
    const missing = await call('GET', '/meetings/mtg_missing/documents', { token: chair });
    expect(missing.status).toBe(404);
  });
});

describe('a review’s documents', () => {
  it('give the allocated IRO the letter to the child, in the second person, and the decisions summary', async () => {
    const { token, user } = await signInAs(ctx.db, 'iro');
    const child = reviewableChild(ctx.db, user.id);
    const review = (await reviewWithDecisions(token, child)) as { id: string };
    const result = await call('GET', `/reviews/${review.id}/documents`, { token });
    expect(result.status).toBe(200);
    const { documents } = reviewDocumentsSchema.parse(result.body);
    expect(documents.map((each) => each.kind)).toEqual(['letter-to-child', 'decisions-summary']);
    const [letter, summary] = documents;
    expect(letter?.text).toContain(`Dear ${child.givenName},`);
    expect(letter?.text).toContain(`I am ${user.name}, your Independent Reviewing Officer.`);
    expect(letter?.text).toContain(
      'The care plan is endorsed. Family time stays at twice a month.',
    );
    expect(letter?.title).toMatch(/^Your review on \d+ \w+ \d{4}$/);
    expect(summary?.text).toContain(`(${child.childRef})`);
    const manager = await signInAs(ctx.db, 'team-manager');
    const asManager = await call('GET', `/reviews/${review.id}/documents`, {
      token: manager.token,
    });
    expect(asManager.status).toBe(200);
  });

  it('are never shown to business support, nor to another IRO', async () => {
    const { token, user } = await signInAs(ctx.db, 'iro');
    const child = reviewableChild(ctx.db, user.id);
    const review = (await reviewWithDecisions(token, child)) as { id: string };
    const support = await signInAs(ctx.db, 'business-support');
    const refused = await call('GET', `/reviews/${review.id}/documents`, { token: support.token });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      detail:
        'Business support cannot see the letter to the child or the decisions summary: they hold the review’s content',
    });
    const other = await signInAs(ctx.db, 'iro', 1);
    const notTheirs = await call('GET', `/reviews/${review.id}/documents`, { token: other.token });
    expect(notTheirs.status).toBe(403);
  });

  it('are refused for a withdrawn review (422)', async () => {
    const { token, user } = await signInAs(ctx.db, 'iro');
    const child = reviewableChild(ctx.db, user.id);
    const review = (await reviewWithDecisions(token, child, addDays(TEST_TODAY, -3))) as {
      id: string;
      version: number;
    };
    const withdrawn = await call('POST', `/reviews/${review.id}/withdraw`, {
      token,
      body: { reason: 'Recorded against the wrong child', version: review.version },
    });
    expect(withdrawn.status).toBe(200);
    const result = await call('GET', `/reviews/${review.id}/documents`, { token });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({
      withdrawn: 'This review was withdrawn as entered in error: it has no letter or decisions',
    });
  });
});
