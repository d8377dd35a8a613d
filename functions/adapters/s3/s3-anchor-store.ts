import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import type { SignedAnchorDigest } from '../../core/case/chain-anchor.js';
import { AnchorExistsError, type ChainAnchorStore } from '../../ports/chain-anchor-store.js';

/**
 * Anchors as objects `anchors/<county>/<day>.json` in a bucket with Object Lock (compliance mode,
 * default retention set by the stack): written once (If-None-Match: *), never overwritten or deleted
 * within the retention, not even by the account's root user.
 */
export function createS3AnchorStore(options: { s3: S3Client; bucket: string }): ChainAnchorStore {
  const { s3, bucket } = options;
  const prefix = (countyId?: string) => (countyId === undefined ? 'anchors/' : `anchors/${countyId}/`);
  return {
    async append(digest) {
      try {
        await s3.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: `${prefix(digest.countyId)}${digest.day}.json`,
            Body: JSON.stringify(digest),
            ContentType: 'application/json',
            IfNoneMatch: '*',
            // Object Lock needs an integrity checksum on every PUT.
            ChecksumAlgorithm: 'SHA256',
          }),
        );
      } catch (error) {
        if (error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 412 || error.name === 'PreconditionFailed')) {
          throw new AnchorExistsError(digest.countyId, digest.day);
        }
        throw error;
      }
    },
    async list(countyId) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix(countyId), ...(token ? { ContinuationToken: token } : {}) }));
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
        token = page.NextContinuationToken;
      } while (token);
      keys.sort();
      return Promise.all(
        keys.map(async (Key) => {
          const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key }));
          return JSON.parse(await object.Body!.transformToString()) as SignedAnchorDigest;
        }),
      );
    },
  };
}
