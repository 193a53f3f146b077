import type { ReactNode } from 'react';
import { cx } from '../cx';

export type BadgeColour =
  'brand' | 'purple' | 'bright-purple' | 'red' | 'green' | 'blue' | 'black' | 'grey';

export type BadgeProps = { children: ReactNode; colour?: BadgeColour; className?: string };

/** MOJ badge: a small outlined label (e.g. 'Urgent'). Text, never colour alone. */
export function Badge({ children, colour = 'brand', className }: BadgeProps) {
  return (
    <span className={cx('moj-badge', colour !== 'brand' && `moj-badge--${colour}`, className)}>
      {children}
    </span>
  );
}
