import { Tag } from '@/components';
import type { OutboxStatus } from '@/lib/api/schemas';

const WORDS: Record<OutboxStatus, { text: string; colour: 'grey' | 'green' | 'red' }> = {
  queued: { text: 'Not sent yet', colour: 'grey' },
  sent: { text: 'Sent', colour: 'green' },
  failed: { text: 'Failed', colour: 'red' },
};

/** Whether a message has gone: in words, never colour alone. */
export function OutboxStatusTag({ status }: { status: OutboxStatus }) {
  const { text, colour } = WORDS[status];
  return <Tag colour={colour}>{text}</Tag>;
}
