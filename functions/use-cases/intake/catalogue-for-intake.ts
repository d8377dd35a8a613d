import { checklistFor } from '../../core/catalogue/checklist.js';
import { ItemVersionNotFoundError } from '../../core/catalogue/errors.js';
import { handlingOfficesFor } from '../../core/catalogue/handling-office.js';
import type { ItemVersion } from '../../core/catalogue/item-version.js';
import { validateApplicationAnswers } from '../../core/catalogue/validate-answers.js';
import type { IntakeItem } from '../../core/case/intake-item.js';
import { limitsOf } from '../../core/case/case-clock-view.js';
import { RuleViolationError, ValidationError, type FieldIssue } from '../../core/errors.js';
import type { CatalogueStore } from '../../ports/catalogue-store.js';
import type { IntakeCatalogue } from '../../ports/intake-catalogue.js';
import { itemForApplication } from '../catalogue/item-for-application.js';

/** Situation-question issues come back at `answers.<id>`; on an application they are `variantAnswers.<id>`. */
const asVariantIssues = (issues: FieldIssue[]) => issues.map((i) => ({ ...i, path: i.path.replace(/^answers\./, 'variantAnswers.') }));

/**
 * The catalogue as intake sees it: the version in force (or the case's own), reduced to the
 * materials of the applicant's variant, with the offices that handle it in the township.
 */
export function catalogueForIntake(store: CatalogueStore): IntakeCatalogue {
  const toIntakeItem = async (version: ItemVersion, townshipId: string, variantAnswers: Record<string, string>): Promise<IntakeItem> => {
    const checklist = checklistFor(version, variantAnswers);
    if (!checklist.ok) throw new ValidationError(asVariantIssues(checklist.issues));
    const countyOffices = await store.listOffices(version.countyId);
    const offices = handlingOfficesFor(version, townshipId, countyOffices);
    if (!offices) {
      throw new RuleViolationError(`no office handles ${version.code} in ${townshipId}`, 'ITEM_NOT_OFFERED');
    }
    const nameOf = (id: string) => countyOffices.find((o) => o.id === id)?.name;
    const handlingOfficeName = nameOf(offices.reviewOfficeId);
    const decidingOfficeName = nameOf(offices.decidingOfficeId);
    return {
      ...(handlingOfficeName ? { handlingOfficeName } : {}),
      ...(decidingOfficeName ? { decidingOfficeName } : {}),
      code: version.code,
      version: version.version,
      name: version.name,
      caseType: version.caseType,
      promisedLimitDays: version.promisedLimitDays,
      legalLimitDays: version.legalLimitDays,
      preReviewLimitDays: version.preReviewLimitDays,
      warningThresholdDays: version.warningThresholdDays,
      handlingOfficeId: offices.reviewOfficeId,
      decidingOfficeId: offices.decidingOfficeId,
      route: version.route.kind,
      formFields: version.formFields.map((f) => ({ id: f.id, type: f.type })),
      materials: checklist.checklist.materials.map((m) => ({
        id: m.id,
        name: m.name,
        mandatory: m.mandatory,
        mayBeDeferred: m.mayBeDeferred,
        acceptedFileTypes: m.acceptedFileTypes,
        maxSizeMb: m.maxSizeMb,
      })),
    };
  };

  return {
    async township(townshipId) {
      return store.getTownship(townshipId);
    },
    async county(countyId) {
      return (await store.listCounties()).find((c) => c.id === countyId);
    },
    async office(officeId) {
      return store.getOffice(officeId);
    },
    async itemForNewCase(itemCode, townshipId, onDate, variantAnswers) {
      const { version } = await itemForApplication({ catalogue: store }, { code: itemCode, townshipId, at: onDate });
      return toIntakeItem(version, townshipId, variantAnswers);
    },
    async itemForCase(itemCode, versionNumber, townshipId, variantAnswers) {
      const version = await store.getVersion(itemCode, versionNumber);
      if (!version) throw new ItemVersionNotFoundError(itemCode, String(versionNumber));
      return toIntakeItem(version, townshipId, variantAnswers);
    },
    async itemLimits(itemCode, versionNumber) {
      const version = await store.getVersion(itemCode, versionNumber);
      if (!version) throw new ItemVersionNotFoundError(itemCode, String(versionNumber));
      return limitsOf(version);
    },
    async itemName(itemCode, versionNumber) {
      return (await store.getVersion(itemCode, versionNumber))?.name;
    },
    async validateAnswers(itemCode, versionNumber, answers, overrides, channel) {
      const version = await store.getVersion(itemCode, versionNumber);
      if (!version) throw new ItemVersionNotFoundError(itemCode, String(versionNumber));
      const result = validateApplicationAnswers(version, { answers, overrides }, { channel });
      if (!result.ok) throw new ValidationError(result.issues);
      return result.answers;
    },
  };
}
