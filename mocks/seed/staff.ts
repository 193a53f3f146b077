// The seeded staff, and which IRO each seeded child is allocated to.
import type { StaffMember } from '@/lib/api/schemas';

// ---------------------------------------------------------------------------------------------
// Staff: fixed, so that documentation and tests can name people. IRO shares of the caseload are
// for the default 450 children and scale with the size: one full-time IRO deliberately above the
// 50-70 band (74), one below it (44), one part-time at 0.6 FTE.
// ---------------------------------------------------------------------------------------------

interface StaffSpec {
  name: string;
  role: StaffMember['role'];
  fte: number;
  active: boolean;
  share: number;
}

const STAFF: readonly StaffSpec[] = [
  { name: 'Hannah Okoye', role: 'iro', fte: 1, active: true, share: 74 },
  { name: 'Daniel Fletcher', role: 'iro', fte: 1, active: true, share: 58 },
  { name: 'Priya Raman', role: 'iro', fte: 0.6, active: true, share: 34 },
  { name: 'Gareth Lloyd', role: 'iro', fte: 1, active: true, share: 44 },
  { name: 'Funmi Adebayo', role: 'iro', fte: 1, active: true, share: 61 },
  { name: 'Claire Whitfield', role: 'iro', fte: 1, active: true, share: 60 },
  { name: 'Imran Siddiqui', role: 'iro', fte: 1, active: true, share: 59 },
  { name: 'Joanna Kowalczyk', role: 'iro', fte: 1, active: true, share: 60 },
  { name: 'Peter Marsh', role: 'iro', fte: 1, active: false, share: 0 },
  { name: 'Margaret Osei-Bonsu', role: 'team-manager', fte: 1, active: true, share: 0 },
  { name: 'Richard Hale', role: 'team-manager', fte: 1, active: true, share: 0 },
  { name: 'Tracey Dunn', role: 'business-support', fte: 1, active: true, share: 0 },
  { name: 'Bilal Chaudhry', role: 'business-support', fte: 1, active: true, share: 0 },
  { name: 'Ewa Nowicka', role: 'business-support', fte: 0.8, active: true, share: 0 },
];

export function staffId(index: number): string {
  return `st_${String(index + 1).padStart(2, '0')}`;
}

export function seedStaff(): StaffMember[] {
  return STAFF.map((spec, index) => ({
    id: staffId(index),
    name: spec.name,
    role: spec.role,
    fte: spec.fte,
    email: `${spec.name.toLowerCase().replace(/[^a-z]+/g, '.')}@northbridge.example.gov.uk`,
    active: spec.active,
  }));
}

/** Largest-remainder apportionment of `size` children to the IROs' shares. */
export function iroSlots(size: number): string[] {
  const specs = STAFF.map((spec, index) => ({ id: staffId(index), share: spec.share })).filter(
    (spec) => spec.share > 0,
  );
  const total = specs.reduce((sum, spec) => sum + spec.share, 0);
  const exact = specs.map((spec) => (spec.share * size) / total);
  const counts = exact.map(Math.floor);
  let left = size - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  const slots: string[] = [];
  specs.forEach((spec, i) => {
    for (let n = 0; n < (counts[i] ?? 0); n++) slots.push(spec.id);
  });
  return slots;
}
