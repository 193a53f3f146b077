import type { ReactNode } from 'react';
import { cx } from '../cx';

/**
 * Tag colours in govuk-frontend v6. Blue is the default (no modifier class). 'turquoise' and 'pink'
 * are accepted as deprecated aliases and render the v6 classes `govuk-tag--teal` and
 * `govuk-tag--magenta`. v6 has no light blue.
 */
export type TagColour =
  | 'blue'
  | 'grey'
  | 'green'
  | 'teal'
  | 'purple'
  | 'magenta'
  | 'red'
  | 'orange'
  | 'yellow'
  | 'turquoise'
  | 'pink';

const colourClass: Record<TagColour, string | undefined> = {
  blue: undefined,
  grey: 'govuk-tag--grey',
  green: 'govuk-tag--green',
  teal: 'govuk-tag--teal',
  turquoise: 'govuk-tag--teal',
  purple: 'govuk-tag--purple',
  magenta: 'govuk-tag--magenta',
  pink: 'govuk-tag--magenta',
  red: 'govuk-tag--red',
  orange: 'govuk-tag--orange',
  yellow: 'govuk-tag--yellow',
};

export type TagProps = {
  /** The status in words: a tag is never colour alone. */
  children: ReactNode;
  colour?: TagColour;
  className?: string;
  id?: string;
};

/** GOV.UK tag: a status label. */
export function Tag({ children, colour = 'blue', className, id }: TagProps) {
  return (
    <strong id={id} className={cx('govuk-tag', colourClass[colour], className)}>
      {children}
    </strong>
  );
}
