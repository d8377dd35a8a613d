import { randomBytes, randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoAccountStore } from './adapters/dynamodb/account-store.js';
import { createDynamoCalendarStore } from './adapters/dynamodb/calendar-store.js';
import { createDynamoCaseStore } from './adapters/dynamodb/case-store.js';
import { createDynamoCatalogueStore } from './adapters/dynamodb/catalogue-store.js';
import { createDynamoDecisionStore } from './adapters/dynamodb/decision-items.js';
import { createDynamoDraftStore } from './adapters/dynamodb/draft-store.js';
import { createDynamoFileAccessLog } from './adapters/dynamodb/file-access-log.js';
import { createFileMetadata } from './adapters/dynamodb/file-metadata.js';
import { createDynamoIdempotencyStore } from './adapters/dynamodb/idempotency-store.js';
import { createDynamoSupervisionStore } from './adapters/dynamodb/supervision-store.js';
import { createDynamoOutbox } from './adapters/dynamodb/outbox-store.js';
import { createDynamoStatsStore } from './adapters/dynamodb/stats-store.js';
import type { KmsLike, KmsSealKeys } from './adapters/kms/kms-seal-signer.js';
import { createDynamoAttemptLimiter } from './adapters/dynamodb/attempt-limiter.js';
import { createLocalFileStore, type LocalFileStore } from './adapters/local/local-file-store.js';
import type { LocalIssuer } from './adapters/local/local-issuer.js';
import { createLocalAnchorStore } from './adapters/local/local-anchor-store.js';
import { deferred, resolveLazy, type Lazy } from './adapters/deferred.js';
import { chinaDateOf } from './core/calendar/china-date.js';
import { createWorkingCalendar, type WorkingCalendar } from './core/calendar/working-calendar.js';
import { cachedCalendarStore } from './adapters/cache/cached-calendar.js';
import { cachedCatalogue } from './adapters/cache/cached-catalogue.js';
import type { CalendarStore } from './ports/calendar-store.js';
import type { CatalogueStore } from './ports/catalogue-store.js';
import { intakeClockFrom } from './core/case/intake-clock.js';
import type { OidcSignInSettings } from './http/auth/sign-in-settings.js';
import type { TokenVerifier } from './http/auth/token-verifier.js';
import type { AppDeps } from './http/deps.js';
import type { Logger } from './http/logger.js';
import type { FileStore } from './ports/file-store.js';
import type { SealSigner } from './ports/seal-signer.js';
import type { ChainAnchorStore } from './ports/chain-anchor-store.js';
import { recomputeDueDates } from './use-cases/deadlines/recompute-due-dates.js';
import type { SweepDeps } from './use-cases/deadlines/sweep-deadlines.js';
import { catalogueForIntake } from './use-cases/intake/catalogue-for-intake.js';
import type { IntakeDeps } from './use-cases/intake/intake-deps.js';

/**
 * Where uploaded materials go: an S3 bucket (AWS), or a folder served by the local server. The S3
 * client may be given as a function that makes it: the Lambda entry loads the S3 client's code
 * only when a request first needs a file.
 */
export type FileOptions = { kind: 's3'; s3: Lazy<S3Client>; bucket: string } | { kind: 'local'; dir: string; secret: string };

/**
 * The one seal: keys on disk (embedded default; owners listed in `sm2Owners` get SM2, others
 * P-256), or a KMS key per owner (the stack's SEAL_KEYS).
 */
export type SealOptions = { kind: 'local'; dir: string; sm2Owners?: string[] } | { kind: 'kms'; keys: KmsSealKeys; kms?: Lazy<KmsLike> };

// Either signer brings the SM2 library (and the KMS one the KMS client): both are loaded when a
// process first seals or verifies a decision, not when it starts.
const sealSigner = (seal: SealOptions): SealSigner =>
  deferred<SealSigner>(
    async () => {
      if (seal.kind === 'local') {
        const { createLocalSealSigner } = await import('./adapters/local/local-seal-signer.js');
        return createLocalSealSigner({ dir: seal.dir, algorithmFor: (owner) => (seal.sm2Owners?.includes(owner) ? 'SM2DSA' : 'ECDSA_SHA_256') });
      }
      const { createKmsSealSigner } = await import('./adapters/kms/kms-seal-signer.js');
      const kms = seal.kms ? await resolveLazy(seal.kms) : new (await import('@aws-sdk/client-kms')).KMSClient({});
      return createKmsSealSigner({ kms, keys: seal.keys });
    },
    { currentKey: true, sign: true, verify: true },
  );

/** The append-only anchor store: a folder (e.g. DATA_DIR/anchors) or an S3 bucket with Object Lock. */
export type AnchorOptions = { kind: 'local'; dir: string } | { kind: 's3'; s3: Lazy<S3Client>; bucket: string };

const anchorStore = (anchors: AnchorOptions): ChainAnchorStore =>
  anchors.kind === 's3'
    ? deferred<ChainAnchorStore>(
        async () => {
          const { createS3AnchorStore } = await import('./adapters/s3/s3-anchor-store.js');
          return createS3AnchorStore({ s3: await resolveLazy(anchors.s3), bucket: anchors.bucket });
        },
        { append: true, list: true },
      )
    : createLocalAnchorStore({ dir: anchors.dir });

export interface ComposeOptions {
  db: DynamoDBDocumentClient;
  tableName: string;
  verifier: TokenVerifier;
  logger: Logger;
  files: FileOptions;
  seal: SealOptions;
  /** Where the counties' signed daily anchors of chain heads go (outside the table); none: the audit checks the chain only. */
  anchors?: AnchorOptions;
  localIssuer?: LocalIssuer;
  /** The OIDC client the web app signs in with (deployed, or the local stack in OIDC mode). */
  signIn?: OidcSignInSettings;
  now?: () => Date;
  version?: string;
  /** The public site's origin, linked from applicants' messages (the case store writes them). */
  siteUrl?: string;
}

const siteOption = (siteUrl: string | undefined) => (siteUrl ? { siteUrl } : {});

/** Years of calendar a case clock may need: last year (late answers) to three years ahead (long limits). */
const yearsAround = (now: Date) => {
  const year = Number(chinaDateOf(now).slice(0, 4));
  return { from: year - 1, to: year + 3 };
};

/**
 * The deadline sweep's ports over the table: cases, the catalogue as intake sees it, the
 * working-day calendar of the years around now, and the counties to sweep.
 */
export function composeDeadlineDeps(options: {
  db: DynamoDBDocumentClient;
  tableName: string;
  now?: () => Date;
  siteUrl?: string;
  /** Shared with the app, so that a calendar edit here reaches the recompute at once. */
  calendars?: CalendarStore;
  catalogue?: CatalogueStore;
}): Omit<SweepDeps, 'log'> {
  const now = options.now ?? (() => new Date());
  const calendars = options.calendars ?? cachedCalendarStore(createDynamoCalendarStore(options.db, options.tableName));
  const catalogue = options.catalogue ?? cachedCatalogue(createDynamoCatalogueStore(options.db, options.tableName));
  // The built calendar is reused as long as the cached years are the same objects.
  const built = new WeakMap<object, WorkingCalendar>();
  return {
    cases: createDynamoCaseStore(options.db, options.tableName, siteOption(options.siteUrl)),
    catalogue: catalogueForIntake(catalogue),
    calendar: async () => {
      const range = yearsAround(now());
      const years = await calendars.getYears(range.from, range.to);
      let calendar = built.get(years);
      if (!calendar) built.set(years, (calendar = createWorkingCalendar(years)));
      return calendar;
    },
    countyIds: async () => (await catalogue.listCounties()).map((c) => c.id),
    now,
  };
}

/** What the stream consumer needs to keep the county's figures: their store and the calendar. */
export function composeStreamStatsDeps(options: { db: DynamoDBDocumentClient; tableName: string; now?: () => Date; calendars?: CalendarStore }) {
  return {
    stats: createDynamoStatsStore(options.db, options.tableName),
    calendar: composeDeadlineDeps(options).calendar,
  };
}

/**
 * The composition root: plugs adapters into the ports the app needs. The Lambda entry, the local
 * server and the tests all build their deps here, so they differ only in the options they pass.
 */
export function composeDeps(options: ComposeOptions): AppDeps {
  const { db, tableName } = options;
  const now = options.now ?? (() => new Date());
  const calendars = cachedCalendarStore(createDynamoCalendarStore(db, tableName));
  const catalogue = cachedCatalogue(createDynamoCatalogueStore(db, tableName));
  const cases = createDynamoCaseStore(db, tableName, siteOption(options.siteUrl));
  const metadata = createFileMetadata(db, tableName);
  let files: FileStore;
  let localFiles: LocalFileStore | undefined;
  if (options.files.kind === 's3') {
    const { s3, bucket } = options.files;
    // The S3 client and presigner are loaded with the first request that handles a file.
    files = deferred<FileStore>(
      async () => {
        const { createS3FileStore } = await import('./adapters/s3/s3-file-store.js');
        return createS3FileStore({ s3: await resolveLazy(s3), bucket, metadata });
      },
      { createUpload: true, describe: true, markAttached: true, downloadUrl: true },
    );
  } else {
    localFiles = createLocalFileStore({ dir: options.files.dir, secret: options.files.secret, metadata });
    files = localFiles;
  }
  const deadlines = composeDeadlineDeps({ db, tableName, now, calendars, catalogue, ...siteOption(options.siteUrl) });
  const seal = sealSigner(options.seal);
  const intake: IntakeDeps = {
    cases,
    catalogue: deadlines.catalogue,
    files,
    fileAccess: createDynamoFileAccessLog(db, tableName),
    seal,
    clock: async () => intakeClockFrom(await deadlines.calendar()),
    now,
    randomBytes: (n) => randomBytes(n),
    newId: () => randomUUID(),
    ...(options.anchors ? { anchors: anchorStore(options.anchors) } : {}),
  };
  const deps: AppDeps = {
    logger: options.logger,
    verifier: options.verifier,
    accounts: createDynamoAccountStore(db, tableName),
    calendars,
    catalogue,
    intake,
    drafts: createDynamoDraftStore(db, tableName),
    deadlines,
    idempotency: createDynamoIdempotencyStore(db, tableName),
    seal,
    decisions: createDynamoDecisionStore(db, tableName),
    attempts: createDynamoAttemptLimiter(db, tableName),
    supervision: createDynamoSupervisionStore(db, tableName),
    outbox: createDynamoOutbox(db, tableName),
    stats: createDynamoStatsStore(db, tableName),
    onCalendarChanged: async (year) => {
      const result = await recomputeDueDates(deadlines);
      options.logger.info('due dates recomputed after a calendar change', { year, ...result });
    },
    now,
    version: options.version ?? '0.1.0',
  };
  if (localFiles) deps.localFiles = localFiles;
  if (options.localIssuer) deps.localIssuer = options.localIssuer;
  if (options.signIn) deps.signIn = options.signIn;
  return deps;
}
