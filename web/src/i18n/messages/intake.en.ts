import type { IntakeMessageKey } from './intake.zh-CN.js';

/** English for every intake key, with the same placeholders. */
export const intakeEn: Record<IntakeMessageKey, string> = {
  'intake.form.required': ' (required)',
  'intake.form.choose': 'Choose…',
  'intake.form.range': 'A number from {min} to {max}',
  'intake.form.min': 'A number of at least {min}',
  'intake.form.max': 'A number of at most {max}',

  'intake.material.mandatory': 'Required',
  'intake.material.deferrable': 'May be supplied later',
  'intake.material.optional': 'Optional',

  'intake.upload.accepts': 'You can upload {types} files of up to {max} MB each.',
  'intake.upload.choose': 'Choose a file',
  'intake.upload.chooseMore': 'Add another file',
  'intake.upload.forMaterial': ': {name}',
  'intake.upload.listLabel': 'Files uploaded for “{name}”',
  'intake.upload.uploading': 'Uploading {name}…',
  'intake.upload.done': '{name} uploaded',
  'intake.upload.failed': '{name} was not uploaded: {reason}',
  'intake.upload.failedShort': 'Upload failed',
  'intake.upload.removed': '{name} removed',
  'intake.upload.remove': 'Remove',
  'intake.upload.retry': 'Try again',
  'intake.upload.cancel': 'Cancel',
  'intake.upload.progressLabel': 'Upload progress of {name}',
  'intake.upload.wrongType': '{name} is not a file type this material takes. Upload a {types} file',
  'intake.upload.empty': '{name} is empty. Choose another file',
  'intake.upload.tooBig': '{name} is {size}, more than {max} MB. Make it smaller and upload it again',
} as const;
