// The catalogue's closed lists, restated for the browser: the core modules that define them also
// build zod schemas, which the bundle should not carry. A unit test keeps the two in step.

export const CATEGORIES = ['licensing', 'public_service', 'other'] as const;
export const CASE_TYPES = ['on_the_spot', 'promised'] as const;
export const ROUTE_KINDS = ['township_decides', 'forward_to_county'] as const;
export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy'] as const;
export const FIELD_TYPES = ['text', 'number', 'date', 'choice', 'id_number', 'phone', 'credit_code', 'address'] as const;
export const RESULT_TYPES = ['licence', 'approval_document', 'certificate', 'payment', 'registration'] as const;
export const DELIVERY_OPTIONS = ['window', 'mail', 'electronic'] as const;
export const OFFERING_ACTIONS = ['grant', 'entrust', 'recall'] as const;

export type MaterialForm = (typeof MATERIAL_FORMS)[number];
export type FieldType = (typeof FIELD_TYPES)[number];

/** File types a new material accepts unless the administrator says otherwise (the catalogue's default). */
export const DEFAULT_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
