import { describe, expect, it } from 'vitest';
import {
  CARE_CODES_COLLECTION_YEAR,
  describeCode,
  EPISODE_CONTINUES,
  isLegalStatus,
  isPlacementType,
  isReasonEpisodeCeased,
  isReasonForNewEpisode,
  LEGAL_STATUSES,
  PLACEMENT_TYPES,
  REASONS_EPISODE_CEASED,
  REASONS_FOR_NEW_EPISODE,
  REASONS_LEFT_CARE,
  type CareCode,
} from './care-codes';
import {
  REASONS_CONTINUING_PERIOD_OF_CARE,
  REASONS_STARTING_PERIOD_OF_CARE,
  SHORT_BREAK_LEGAL_STATUSES,
} from './schedule';

const codes = (list: readonly CareCode[]) => list.map((entry) => entry.code);

describe('the SSDA903 code lists (2025-26)', () => {
  it('names the collection year they come from', () => {
    expect(CARE_CODES_COLLECTION_YEAR).toBe('2025-26');
  });

  it('RNE: S starts a period; P, L, T, U and B continue it, as the schedule groups them', () => {
    expect(codes(REASONS_FOR_NEW_EPISODE)).toEqual(['S', 'L', 'P', 'T', 'U', 'B']);
    expect([...REASONS_STARTING_PERIOD_OF_CARE]).toEqual(['S']);
    expect([...REASONS_CONTINUING_PERIOD_OF_CARE].sort()).toEqual(['B', 'L', 'P', 'T', 'U']);
  });

  it('LS: the 13 legal statuses from 2022-23, V3 and V4 being short breaks', () => {
    expect(codes(LEGAL_STATUSES)).toEqual([
      'C1',
      'C2',
      'D1',
      'E1',
      'V2',
      'V3',
      'V4',
      'J1',
      'J2',
      'J3',
      'L1',
      'L2',
      'L3',
    ]);
    for (const code of SHORT_BREAK_LEGAL_STATUSES) expect(isLegalStatus(code)).toBe(true);
  });

  it('PLACE: the 2025-26 placement types', () => {
    expect(codes(PLACEMENT_TYPES)).toEqual([
      'A3',
      'A4',
      'A5',
      'A6',
      'K1',
      'K2',
      'K3',
      'P1',
      'P3',
      'R1',
      'R2',
      'R3',
      'R5',
      'S1',
      'T0',
      'T1',
      'T2',
      'T3',
      'T4',
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'Z11',
      'Z12',
      'Z13',
      'Z14',
    ]);
  });

  it('REC: the 22 reasons an episode ceased; every one but X1 is leaving care', () => {
    expect(codes(REASONS_EPISODE_CEASED).sort()).toEqual(
      [
        'E11',
        'E12',
        'E2',
        'E3',
        'E4A',
        'E4B',
        'E13',
        'E41',
        'E45',
        'E46',
        'E47',
        'E48',
        'E5',
        'E6',
        'E7',
        'E8',
        'E9',
        'E14',
        'E15',
        'E16',
        'E17',
        'X1',
      ].sort(),
    );
    expect(EPISODE_CONTINUES).toBe('X1');
    expect(codes(REASONS_LEFT_CARE)).not.toContain('X1');
    expect(REASONS_LEFT_CARE).toHaveLength(REASONS_EPISODE_CEASED.length - 1);
  });

  it('no list repeats a code, and every code has a description', () => {
    for (const list of [
      REASONS_FOR_NEW_EPISODE,
      LEGAL_STATUSES,
      PLACEMENT_TYPES,
      REASONS_EPISODE_CEASED,
    ]) {
      expect(new Set(codes(list)).size).toBe(list.length);
      for (const entry of list) expect(entry.description.trim()).not.toBe('');
    }
  });
});

describe('is… checks', () => {
  it('accept every listed code', () => {
    for (const { code } of REASONS_FOR_NEW_EPISODE) expect(isReasonForNewEpisode(code)).toBe(true);
    for (const { code } of LEGAL_STATUSES) expect(isLegalStatus(code)).toBe(true);
    for (const { code } of PLACEMENT_TYPES) expect(isPlacementType(code)).toBe(true);
    for (const { code } of REASONS_EPISODE_CEASED) expect(isReasonEpisodeCeased(code)).toBe(true);
  });

  it('match exactly: no other case, no spaces, no retired or made-up codes', () => {
    expect(isReasonForNewEpisode('s')).toBe(false);
    expect(isReasonForNewEpisode(' S')).toBe(false);
    expect(isReasonForNewEpisode('X')).toBe(false);
    expect(isReasonForNewEpisode('')).toBe(false);
    expect(isLegalStatus('c2')).toBe(false);
    expect(isLegalStatus('V1')).toBe(false);
    expect(isLegalStatus('C2 ')).toBe(false);
    expect(isPlacementType('u4')).toBe(false);
    expect(isPlacementType('Z1')).toBe(false);
    expect(isPlacementType('A1')).toBe(false);
    expect(isReasonEpisodeCeased('x1')).toBe(false);
    expect(isReasonEpisodeCeased('E4')).toBe(false);
    expect(isReasonEpisodeCeased('E1')).toBe(false);
    expect(isReasonEpisodeCeased('')).toBe(false);
  });

  it('keep each kind apart: a code of one list is not a code of another', () => {
    expect(isLegalStatus('S1')).toBe(false);
    expect(isPlacementType('C2')).toBe(false);
    expect(isReasonForNewEpisode('X1')).toBe(false);
    expect(isReasonEpisodeCeased('S')).toBe(false);
  });
});

describe('describeCode', () => {
  it('gives the code and its description', () => {
    expect(describeCode('legalStatus', 'C2')).toBe('C2: Full care order');
    expect(describeCode('reasonForNewEpisode', 'S')).toBe('S: Started to be looked after');
    expect(describeCode('reasonForNewEpisode', 'L')).toBe('L: Change of legal status only');
    expect(describeCode('placementType', 'K2')).toBe('K2: Children’s home');
    expect(describeCode('reasonEnded', 'X1')).toBe(
      'X1: Episode ends and a new one begins the same day',
    );
    expect(describeCode('reasonEnded', 'E2')).toBe('E2: Died');
  });

  it('gives the code alone when it is not in that list', () => {
    expect(describeCode('legalStatus', 'ZZ')).toBe('ZZ');
    expect(describeCode('legalStatus', 'S1')).toBe('S1');
    expect(describeCode('placementType', '')).toBe('');
    expect(describeCode('reasonEnded', 'e2')).toBe('e2');
  });
});
