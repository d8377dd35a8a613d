import type { ItemDraft } from './item-draft.js';

/** The id of the input for an API field path: `materials.2.name.zh-CN` → `item-materials-2-name-zh-CN`. */
export function fieldIdOf(path: string): string {
  return `item-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

const PAIR = (path: string) => [`${path}.zh-CN`, `${path}.en`];

/**
 * Every field path the edit form has an input (or a section heading) for, for the draft as it
 * is: the targets an error can be shown beside and linked to.
 */
export function formPaths(draft: ItemDraft, creating: boolean): Set<string> {
  const paths = [
    ...(creating ? ['code'] : []),
    ...PAIR('name'),
    'keywords',
    'category',
    'handlingSection',
    'route.kind',
    'route.countyOfficeId',
    'caseType',
    'legalLimitDays',
    'promisedLimitDays',
    'preReviewLimitDays',
    'warningThresholdDays',
    'acceptanceConditions',
    ...draft.acceptanceConditions.flatMap((_, i) => PAIR(`acceptanceConditions.${i}`)),
    'materials',
    ...draft.materials.flatMap((_, i) => [
      `materials.${i}.id`,
      ...PAIR(`materials.${i}.name`),
      `materials.${i}.form`,
      `materials.${i}.copies`,
      `materials.${i}.mandatory`,
      `materials.${i}.mayBeDeferred`,
      `materials.${i}.acceptedFileTypes`,
      `materials.${i}.maxSizeMb`,
      ...PAIR(`materials.${i}.note`),
    ]),
    'formFields',
    ...draft.formFields.flatMap((f, i) => [
      `formFields.${i}.id`,
      ...PAIR(`formFields.${i}.label`),
      `formFields.${i}.type`,
      `formFields.${i}.required`,
      ...(f.type === 'choice' ? [`formFields.${i}.options`] : []),
      ...(f.type === 'number' ? [`formFields.${i}.min`, `formFields.${i}.max`] : []),
      ...(f.type === 'text' || f.type === 'address' ? [`formFields.${i}.maxLength`] : []),
      ...PAIR(`formFields.${i}.help`),
    ]),
    'situations',
    'fee.amountFen',
    ...PAIR('fee.note'),
    'legalBasis',
    ...draft.legalBasis.flatMap((_, i) => PAIR(`legalBasis.${i}`)),
    'result.type',
    ...PAIR('result.name'),
    'deliveryOptions',
    'status',
    'effectiveFrom',
    'changeNote',
  ];
  return new Set(paths);
}

/**
 * The form path an API issue belongs to: the path itself when the form has that input, else its
 * nearest ancestor that it has (`materials.0.acceptedFileTypes.1` → `materials.0.acceptedFileTypes`).
 * Issues about the situation questions and variants, which this form does not edit, go to their
 * summary (or, for a material a variant still names, to the materials); undefined only for a
 * path outside the item.
 */
export function targetOf(path: string, known: Set<string>): string | undefined {
  // A variant naming a material no longer in the list is fixed in the materials, not in the variant.
  if (/^variants\.\d+\.materialIds(\.|$)/.test(path)) return 'materials';
  if (path.startsWith('questions') || path.startsWith('variants')) return 'situations';
  if (path === 'fee') return 'fee.amountFen';
  if (path === 'result') return 'result.name.zh-CN';
  if (path === 'route') return 'route.kind';
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const candidate = parts.slice(0, n).join('.');
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}
