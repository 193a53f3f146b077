import { api } from '@/lib/api/client';
import type { Ssda903CheckBody } from '@/lib/api/ssda903-schemas';

/**
 * POST /api/ssda903/compare: what importing the return would change, worked out on the server by
 * the import's own merge (the tracker's children stay there), changing nothing. Once per preview.
 */
export const compareReturn = (body: Ssda903CheckBody) => api.compareSsda903(body);
