export const STAGE_LABELS: Record<1 | 2 | 3, { text: string; hint: string }> = {
  1: { text: 'Stage 1', hint: 'The IRO raises it with the social worker’s team manager' },
  2: { text: 'Stage 2', hint: 'Raised with the head of service' },
  3: { text: 'Stage 3', hint: 'Raised with the director of children’s services' },
};
