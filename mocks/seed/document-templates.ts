import { DEFAULT_DOCUMENT_TEMPLATES, DOCUMENT_KINDS } from '@/domain';
import type { StoredDocumentTemplate } from '../db/types';

/** The council starts with the domain's default templates (plain English), which it then edits. */
export function defaultDocumentTemplates(): StoredDocumentTemplate[] {
  return DOCUMENT_KINDS.map((kind) => ({
    id: kind,
    ...DEFAULT_DOCUMENT_TEMPLATES[kind],
    version: 1,
    updatedAt: null,
    updatedBy: null,
  }));
}
