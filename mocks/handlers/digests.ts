// The reminder digests: a team manager builds today's for everyone (POST /digests, once a person a
// day); the outbox lists what was built and whether it was sent (GET /outbox), each person their
// own and a team manager everyone's, and shows one message with its bodies.
import {
  outboxListQuerySchema,
  type OutboxMessage,
  type OutboxMessageSummary,
  type OutboxPage,
  type StaffMember,
} from '@/lib/api/schemas';
import { buildDigests, compareOutbox } from '../digest-compute';
import { pageOf } from '../http/paging';
import { problems } from '../http/problem';
import { route } from '../http/route';
import { json, readQuery } from '../http/validation';

const ONLY_YOURS = 'You can only see the messages addressed to you';

function summaryOf(message: OutboxMessage): OutboxMessageSummary {
  const { text: _text, html: _html, taskIds: _taskIds, lines: _lines, ...summary } = message;
  return summary;
}

function mayRead(user: StaffMember, message: OutboxMessage): boolean {
  return user.role === 'team-manager' || message.to.staffId === user.id;
}

export const digestHandlers = [
  route('sendDigests', async ({ db }) => json(await buildDigests(db))),

  route('listOutbox', ({ db, url, user }) => {
    const query = readQuery(url, outboxListQuerySchema);
    if (user.role !== 'team-manager' && query.staffId !== undefined && query.staffId !== user.id) {
      throw problems.forbidden(ONLY_YOURS);
    }
    const staffId = user.role === 'team-manager' ? query.staffId : user.id;
    const messages = [...db.all('outbox')]
      .filter((message) => staffId === undefined || message.to.staffId === staffId)
      .sort(compareOutbox);
    const page: OutboxPage = pageOf(messages.map(summaryOf), query);
    return json(page);
  }),

  route('getOutboxMessage', ({ db, params, user }) => {
    const id = params.messageId ?? '';
    const message = db.get('outbox', id);
    if (message === undefined) throw problems.notFound('message', id);
    if (!mayRead(user, message)) throw problems.forbidden(ONLY_YOURS);
    return json(message);
  }),
];
