import { api } from '@/lib/api/client';
import type { Ssda903CheckBody } from '@/lib/api/ssda903-schemas';

/**
 * POST /api/ssda903/check: the backend's own check of the return (the one the import runs again),
 * changing nothing. Called once per preview, not cached: the rows are the user's files.
 */
export const checkReturn = (body: Ssda903CheckBody) => api.checkSsda903(body);
