/**
 * The single-table key scheme: every access pattern, its keys, and a builder per key.
 * Keys are strings of `TYPE#id` segments. Items also carry `type` and a numeric `version`
 * used for conditional (optimistic) updates.
 *
 * | access pattern                          | table / index | pk                          | sk                         |
 * |-----------------------------------------|---------------|-----------------------------|----------------------------|
 * | account by username (local sign-in)     | table         | ACCOUNT#<username>          | ACCOUNT                    |
 * | accounts of a township (admin list)     | gsi1          | TOWNSHIP#<id>#ACCOUNTS      | ACCOUNT#<username>         |
 * | working-day calendar of one year        | table         | CALENDAR                    | YEAR#<yyyy>                |
 * | calendar years, all or a range (sk BETWEEN) | table     | CALENDAR                    | YEAR#<yyyy> (prefix YEAR#) |
 * | county by id                            | table         | COUNTY#<id>                 | COUNTY                     |
 * | all counties (catalogue browsing)       | gsi1          | COUNTIES                    | COUNTY#<id>                |
 * | township by id                          | table         | TOWNSHIP#<id>               | TOWNSHIP                   |
 * | townships of a county                   | gsi1          | COUNTY#<id>#TOWNSHIPS       | TOWNSHIP#<id>              |
 * | office by id                            | table         | OFFICE#<id>                 | OFFICE                     |
 * | offices of a county                     | gsi1          | COUNTY#<id>#OFFICES         | OFFICE#<id>                |
 * | item head (summary of every version)    | table         | ITEM#<code>                 | HEAD                       |
 * | items of a county (catalogue list)      | gsi1          | COUNTY#<id>#ITEMS           | ITEM#<code>                |
 * | one version of an item                  | table         | ITEM#<code>                 | VERSION#<000001>           |
 * | all versions of an item (history)       | table         | ITEM#<code>                 | begins_with VERSION#       |
 * | one offering record                     | table         | ITEM#<code>                 | OFFERING#<township>#<0001> |
 * | offering records of an item             | table         | ITEM#<code>                 | begins_with OFFERING#      |
 * | offering records of a township          | gsi1          | TOWNSHIP#<id>#OFFERINGS     | ITEM#<code>#<0001>         |
 *
 * The calendar is national and small (one item per year), so one partition holds it all.
 *
 * A new item version is one transaction: put VERSION#n if absent, and replace HEAD on condition
 * that its `latestVersion` is still n−1 (or that HEAD is absent for n = 1). Offering records are put
 * on condition that the key is absent.
 */
export const keys = {
  account: (username: string) => ({ pk: `ACCOUNT#${username.toLowerCase()}`, sk: 'ACCOUNT' }),
  accountsOfTownship: (townshipId: string) => ({ gsi1pk: `TOWNSHIP#${townshipId}#ACCOUNTS` }),
  calendarYear: (year: number) => ({ pk: 'CALENDAR', sk: `YEAR#${String(year).padStart(4, '0')}` }),
  calendarYears: { pk: 'CALENDAR', skPrefix: 'YEAR#' },
  county: (id: string) => ({ pk: `COUNTY#${id}`, sk: 'COUNTY' }),
  countiesIndex: (id: string) => ({ gsi1pk: 'COUNTIES', gsi1sk: `COUNTY#${id}` }),
  township: (id: string) => ({ pk: `TOWNSHIP#${id}`, sk: 'TOWNSHIP' }),
  townshipsOfCounty: (countyId: string, id = '') => ({ gsi1pk: `COUNTY#${countyId}#TOWNSHIPS`, gsi1sk: `TOWNSHIP#${id}` }),
  office: (id: string) => ({ pk: `OFFICE#${id}`, sk: 'OFFICE' }),
  officesOfCounty: (countyId: string, id = '') => ({ gsi1pk: `COUNTY#${countyId}#OFFICES`, gsi1sk: `OFFICE#${id}` }),
  itemHead: (code: string) => ({ pk: `ITEM#${code}`, sk: 'HEAD' }),
  itemsOfCounty: (countyId: string, code = '') => ({ gsi1pk: `COUNTY#${countyId}#ITEMS`, gsi1sk: `ITEM#${code}` }),
  itemVersion: (code: string, version?: number) => ({
    pk: `ITEM#${code}`,
    sk: version === undefined ? 'VERSION#' : `VERSION#${String(version).padStart(6, '0')}`,
  }),
  offering: (code: string, townshipId?: string, seq?: number) => ({
    pk: `ITEM#${code}`,
    sk: `OFFERING#${townshipId === undefined ? '' : `${townshipId}#${seq === undefined ? '' : String(seq).padStart(4, '0')}`}`,
  }),
  offeringsOfTownship: (townshipId: string, code = '', seq?: number) => ({
    gsi1pk: `TOWNSHIP#${townshipId}#OFFERINGS`,
    gsi1sk: `ITEM#${code}${seq === undefined ? '' : `#${String(seq).padStart(4, '0')}`}`,
  }),
} as const;

/**
 * Cases (办件) and their event chains.
 *
 * The indexes hold list rows, not cases (table-definition.ts): gsi1 the township's lists' rows,
 * gsi2 a list entry, gsi4 a work queue's row (ports/case-list-rows.ts), gsi3 keys only (the sweep
 * reads the due cases by BatchGetItem). A case's answers and materials are in none of them.
 *
 * | access pattern                                  | table / index | pk                              | sk                        |
 * |-------------------------------------------------|---------------|---------------------------------|---------------------------|
 * | case snapshot by id                             | table         | CASE#<caseId>                   | CASE                      |
 * | events of a case, in order                      | table         | CASE#<caseId>                   | EVENT#<seq, 6 digits>     |
 * | case by query code (lookup without login)       | table         | QUERYCODE#<code>                | QUERYCODE (→ caseId, phone check) |
 * | case number is unique                           | table         | CASENO#<caseNumber>             | CASENO (→ caseId)         |
 * | serial of case numbers per township and year    | table         | SERIAL#<townshipId>#<year>      | SERIAL (counter)          |
 * | a township's cases in one state (queues)        | gsi1          | TOWNSHIP#<id>#STATE#<state>     | <receivedAt>#<caseId>     |
 * | a resident's own cases / a proxy's filed cases  | gsi2          | APPLICANT#<userId>              | <createdAt>#<caseId>      |
 * | open cases by next deadline (sweep, county)     | gsi3          | DEADLINE#<countyId>             | <YYYY-MM-DD>#<caseId>     |
 * | a back-office work queue, by promised due date  | gsi4          | QUEUE#<queue>#<officeId|townshipId> | <promised due>#<caseId> |
 * | latest application for an item by one applicant | table         | OPENAPP#<itemCode>#<sha256 of ID or credit code> | OPENAPP (→ caseId, caseNumber) |
 *
 * Work queues (core/case/work-queue.ts): `review` and `suspended` of the handling office, `sign`
 * of the township's approvers (proposals and extension requests), `forwarded` of the county
 * department. A case sits in at most one; a screen is one Query page of one partition.
 */
export const caseKeys = {
  case: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CASE' }),
  event: (caseId: string, seq: number) => ({ pk: `CASE#${caseId}`, sk: `EVENT#${String(seq).padStart(6, '0')}` }),
  eventPrefix: 'EVENT#',
  queryCode: (code: string) => ({ pk: `QUERYCODE#${code}`, sk: 'QUERYCODE' }),
  caseNumber: (caseNumber: string) => ({ pk: `CASENO#${caseNumber}`, sk: 'CASENO' }),
  serial: (townshipId: string, year: number) => ({ pk: `SERIAL#${townshipId}#${year}`, sk: 'SERIAL' }),
  townshipQueue: (townshipId: string, state: string) => `TOWNSHIP#${townshipId}#STATE#${state}`,
  applicant: (userId: string) => `APPLICANT#${userId}`,
  deadline: (countyId: string) => `DEADLINE#${countyId}`,
  workQueue: (queue: string, ownerId: string) => `QUEUE#${queue}#${ownerId}`,
  /**
   * Duplicate warning (issue 11): put in the case's create transaction, replacing an earlier one;
   * a reader ignores it once the case it names is terminal. The ID is hashed, never stored in clear.
   */
  openApplication: (itemCode: string, idHash: string) => ({ pk: `OPENAPP#${itemCode}#${idHash}`, sk: 'OPENAPP' }),
  /** Undated entries sort last. */
  workQueueSort: (dueOn: string | undefined, caseId: string) => `${dueOn ?? '9999-12-31'}#${caseId}`,
} as const;

/**
 * The least capacity one case's life needs (issue 12): each item an access pattern needs, written
 * once at its own size, and each list entry the case must appear in; a step is one transaction,
 * which DynamoDB bills twice (the price of atomicity). W: write units, one per KB started; R: read
 * units, one per 4 KB read strongly consistent, half eventually. Sizes are those of the case
 * bench/case-life.ts takes through its life (an online application with three scans, granted,
 * handed out at the window, rated): the case item 2.0 KB at submission and 3.0 KB at the end (3 W
 * from acceptance on); events, messages, pointers, list rows and counters under 1 KB each (1 W);
 * the sealed decision 1.2 KB (2 W); the idempotency record holds the answer, the case (2 W). A list
 * entry moving to another partition is a delete and a put (2 W); one leaving or entering, 1 W. Lists
 * show the case's version, so each step rewrites each entry the case has.
 *
 * | step                   | the API's writes                                                                       |   W |    R |
 * |------------------------|----------------------------------------------------------------------------------------|-----|------|
 * | 3 scans uploaded       | each: its file record 1, marked checked after the upload 1                             |   6 |    3 |
 * | submit (online)        | the 3 files marked the case's 3, the case-number serial 1;                             |  30 |  5.5 |
 * |                        | tx 2 × (case 2, query code 1, number 1, open application 1, event 1, message 1,        |     |      |
 * |                        | idempotency record 2) = 18; entries 2 × (township list 1, my cases 1, deadline 1,      |     |      |
 * |                        | pending message 1) = 8. Reads: the key 1, the open application 1, the offerings ½,     |     |      |
 * |                        | the 3 file records 3                                                                   |     |      |
 * | accept                 | tx 2 × (case 3, event 1, message 1) = 10; entries 2 × (township list moves 2, my       |  24 |    1 |
 * |                        | cases 1, deadline moves 2, pending message 1, review queue 1) = 14. Reads: the case 1  |     |      |
 * | take                   | tx 2 × (case 3, event 1) = 8; entries 2 × (township list 1, my cases 1, queue 1) = 6   |  14 |    1 |
 * | propose                | tx 8; entries 2 × (township list 1, my cases 1, review → sign queue 2) = 8              |  16 |    1 |
 * | decide (sealed)        | the decision serial 1; tx 2 × (case 3, event 1, message 1, decision 2, its pointer 1)  |  33 |    1 |
 * |                        | = 16; entries 2 × (township list 2, my cases 1, deadline 2, pending 1, sign → deliver  |     |      |
 * |                        | queue 2) = 16                                                                          |     |      |
 * | deliver (completes it) | tx 2 × (case 3, 2 events, message 1) = 12; entries 2 × (township list 2, my cases 1,   |  24 |    1 |
 * |                        | deadline leaves 1, pending 1, deliver queue leaves 1) = 12                             |     |      |
 * | rate                   | tx 2 × (case 3, event 1) = 8; entries 2 × (township list 1, my cases 1) = 4            |  12 |    1 |
 * | **the API**            |                                                                                        | 159 | 14.5 |
 * | messages (consumer)    | 4 messages × (claimed 1, marked sent 1, leaves the pending index 1)                   |  12 |    0 |
 * | figures (consumer)     | the 5 snapshots that move a figure: tx 2 × (what the case counts as 1, buckets 2, 2,   |  28 |    7 |
 * |                        | 2, 2, 1); each of the 7 snapshots reads what the case counted as 1                     |     |      |
 * | **with the consumers** |                                                                                        | 199 | 21.5 |
 *
 * The bench prints the measured life against these (target ≤ 1.5×). Where it pays more: the work
 * queue's row carries the review and the decision as they are, past 1 KB in the sign and deliver
 * queues (2 W an entry); the idempotency record's answer is JSON, a little larger than the item.
 */
export const CASE_LIFE_MINIMUM = {
  api: { writeUnits: 159, readUnits: 14.5 },
  consumers: { writeUnits: 40, readUnits: 7 },
} as const;

/**
 * The outbox (transactional outbox of messages to applicants), written in the same transaction
 * as the case change that calls for the message; the table stream (or, in the embedded default,
 * a poller over the pending index) sends each one.
 *
 * | access pattern                                 | table / index | pk                 | sk                                  |
 * |------------------------------------------------|---------------|--------------------|-------------------------------------|
 * | messages of a county, newest first (/outbox)   | table         | OUTBOX#<countyId>  | MSG#<createdAt>#<caseId>#<seq 6>    |
 * | messages not sent yet (sparse, oldest first)   | gsi3          | OUTBOX#PENDING     | <createdAt>#<caseId>#<seq 6>        |
 *
 * A message is put on condition that its key is absent (one per case event). Sending claims it
 * with a conditional update, then sets `sentAt` and removes the gsi3 keys, so it leaves the
 * pending index (keys only: the poller reads the messages by BatchGetItem); a replayed stream
 * record finds `sentAt` and sends nothing.
 */
export const outboxKeys = {
  message: (m: { countyId: string; createdAt: string; caseId: string; seq: number }) => ({
    pk: `OUTBOX#${m.countyId}`,
    sk: `MSG#${m.createdAt}#${m.caseId}#${String(m.seq).padStart(6, '0')}`,
  }),
  county: (countyId: string) => `OUTBOX#${countyId}`,
  pending: (m?: { createdAt: string; caseId: string; seq: number }) => ({
    gsi3pk: 'OUTBOX#PENDING',
    gsi3sk: m ? `${m.createdAt}#${m.caseId}#${String(m.seq).padStart(6, '0')}` : '',
  }),
} as const;

/**
 * Idempotency records: one per caller and key, deleted by TTL after at least 24 hours. A case
 * write (submission, step on a case) puts its record, done, inside the case's own transaction
 * (idempotency-store.ts `carriedIdempotencyPut`); other writes claim it first and complete it after.
 */
export const idempotencyKeys = {
  record: (callerId: string, key: string) => ({ pk: `IDEMPOTENCY#${callerId}#${key}`, sk: 'IDEMPOTENCY' }),
} as const;

/**
 * Uploaded files' metadata (the bytes are in S3, or on local disk).
 *
 * | access pattern          | table / index | pk             | sk   |
 * |-------------------------|---------------|----------------|------|
 * | file metadata by id     | table         | FILE#<fileId>  | FILE |
 */
export const fileKeys = {
  file: (fileId: string) => ({ pk: `FILE#${fileId}`, sk: 'FILE' }),
} as const;

/**
 * Who opened a case's material files (append-only; the case's event chain is not touched).
 *
 * | access pattern                       | table / index | pk                  | sk                          |
 * |--------------------------------------|---------------|---------------------|-----------------------------|
 * | file openings of a case, in order    | table         | FILEACCESS#<caseId> | AT#<ISO time>#<random id>   |
 *
 * Entries are put on condition that the key is absent and never updated or deleted.
 */
export const fileAccessKeys = {
  entry: (caseId: string, at: string, id: string) => ({ pk: `FILEACCESS#${caseId}`, sk: `AT#${at}#${id}` }),
  ofCase: (caseId: string) => `FILEACCESS#${caseId}`,
  prefix: 'AT#',
} as const;

/**
 * Signed decisions (决定书) under the one seal, and the public verification behind their QR code.
 *
 * | access pattern                               | table / index | pk                      | sk           |
 * |----------------------------------------------|---------------|-------------------------|--------------|
 * | decision by verification code (public page)  | table         | DECISION#<verifyCode>   | DECISION     |
 * | the decision of a case (→ verifyCode)        | table         | CASEDECISION#<caseId>   | CASEDECISION |
 *
 * Both are put in the deciding case transaction (decision-items.ts builds them): the decision on
 * condition that its code is new; the pointer replaces an earlier one, so after a revoked decision
 * is decided again the case points at the new decision and the old one stays verifiable (revoked).
 * A revocation is an update on condition that the decision is not yet revoked.
 */
export const decisionKeys = {
  decision: (verifyCode: string) => ({ pk: `DECISION#${verifyCode}`, sk: 'DECISION' }),
  caseDecision: (caseId: string) => ({ pk: `CASEDECISION#${caseId}`, sk: 'CASEDECISION' }),
} as const;

/**
 * Attempt counters of the sign-in and progress-lookup limiter (functions/core/throttle). The id
 * is a SHA-256 of the username, query code or client address, so none is stored in clear.
 * Records expire through the TTL attribute (`expiresAt`) an hour after their last attempt.
 *
 * | access pattern                      | table / index | pk                              | sk       |
 * |-------------------------------------|---------------|---------------------------------|----------|
 * | attempts under one key              | table         | ATTEMPTS#<scope>#<sha256 of id> | ATTEMPTS |
 */
export const attemptKeys = {
  attempts: (scope: string, idHash: string) => ({ pk: `ATTEMPTS#${scope}#${idHash}`, sk: 'ATTEMPTS' }),
} as const;

/**
 * Supervision orders (督办单) of the county's time-limit supervision. Their three lists take the
 * orders' keys from the index and the orders by one BatchGetItem (the indexes do not project
 * whole orders: table-definition.ts).
 *
 * | access pattern                                   | table / index | pk                              | sk                         |
 * |--------------------------------------------------|---------------|---------------------------------|----------------------------|
 * | order by id                                      | table         | SUPERVISION#<orderId>           | SUPERVISION                |
 * | a county's orders, newest issued first           | gsi1          | COUNTY#<countyId>#SUPERVISION   | <issuedAt>#<orderId>       |
 * | orders addressed to an office, by reply deadline | gsi2          | OFFICE#<officeId>#SUPERVISION   | <replyDueOn>#<orderId>     |
 * | orders on one case                               | gsi4          | CASE#<caseId>#SUPERVISION       | <issuedAt>#<orderId>       |
 *
 * An order is written only in its case's transaction (CaseSideRecord `supervision_order`): put on
 * condition that it is absent (version 1), else that the stored version is one less, so a change
 * can never overwrite a newer one. Lists are one Query page of one partition each.
 */
export const supervisionKeys = {
  order: (orderId: string) => ({ pk: `SUPERVISION#${orderId}`, sk: 'SUPERVISION' }),
  county: (countyId: string) => `COUNTY#${countyId}#SUPERVISION`,
  office: (officeId: string) => `OFFICE#${officeId}#SUPERVISION`,
  ofCase: (caseId: string) => `CASE#${caseId}#SUPERVISION`,
} as const;

/**
 * The county's figures (issue 9), kept by the stream consumer from case snapshots: unit counters
 * per bucket (a day or NOW, with township, office and item; core/stats/case-contribution.ts), and
 * per case the counters last counted, so a replayed record adds nothing.
 *
 * | access pattern                                  | table / index | pk                  | sk                                        |
 * |-------------------------------------------------|---------------|---------------------|-------------------------------------------|
 * | one bucket's counters                           | table         | STATS#<countyId>    | <YYYY-MM-DD or NOW>#<township>#<office>#<item> |
 * | a period's buckets (sk BETWEEN from AND to~)    | table         | STATS#<countyId>    | <YYYY-MM-DD>#…                            |
 * | the open cases now (begins_with NOW#)           | table         | STATS#<countyId>    | NOW#…                                     |
 * | what a case was last counted as                 | table         | STATSCASE#<caseId>  | STATS                                     |
 */
export const statsKeys = {
  county: (countyId: string) => `STATS#${countyId}`,
  bucket: (countyId: string, bucket: string) => ({ pk: `STATS#${countyId}`, sk: bucket }),
  counted: (caseId: string) => ({ pk: `STATSCASE#${caseId}`, sk: 'STATS' }),
} as const;

/**
 * Application drafts kept on the server (issue 11): one per account, item and township, so a
 * resident or village proxy resumes on another device. The township is in the key because a
 * resident chooses where to apply, and the same item in another township is another application.
 * A village proxy applies in their own township only, so for them it is one draft per item.
 *
 * | access pattern                          | table / index | pk                | sk                               |
 * |-----------------------------------------|---------------|-------------------|----------------------------------|
 * | one draft                               | table         | DRAFTS#<userId>   | DRAFT#<itemCode>#<townshipId>    |
 * | an account's drafts (one Query page)    | table         | DRAFTS#<userId>   | begins_with DRAFT#               |
 *
 * A save is one conditional put: the stored `version` is the one the save was based on, or, on a
 * first save, there is no item (or only an expired one). Items carry `expiresAt` (epoch seconds),
 * the table's TTL attribute, 30 days after the last save; readers skip expired ones before TTL
 * removes them. Submitting the application deletes the draft in the case's create transaction.
 */
export const draftKeys = {
  draft: (ownerId: string, itemCode: string, townshipId: string) => ({ pk: `DRAFTS#${ownerId}`, sk: `DRAFT#${itemCode}#${townshipId}` }),
  owner: (ownerId: string) => `DRAFTS#${ownerId}`,
  prefix: 'DRAFT#',
} as const;
