import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/team/overview: each IRO's caseload and what needs attention, and the year to date. */
export const teamOverviewQuery = () =>
  queryOptions({ queryKey: queryKeys.team.overview(), queryFn: () => api.getTeamOverview() });

export function useTeamOverview() {
  return useQuery(teamOverviewQuery());
}
