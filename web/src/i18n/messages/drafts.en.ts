import type { draftsZhCN } from './drafts.zh-CN.js';

/** English for drafts.zh-CN.ts. */
export const draftsEn: Record<keyof typeof draftsZhCN, string> = {
  'drafts.state.saving': 'Saving…',
  'drafts.state.saved': 'Saved at {time}; kept until {date}.',
  'drafts.state.deviceOnly': 'Saved on this device only: it cannot be saved to the server just now. We will try again.',
  'drafts.state.sessionEnded': 'Your session has expired: what you entered is kept on this device and saved again once you sign in.',
  'drafts.state.label': 'Saving',

  'drafts.conflict.title': 'This application was also changed on another device',
  'drafts.conflict.body':
    'The other device saved it at {serverTime} (steps done: {serverSteps}); this device changed it at {deviceTime} (steps done: {deviceSteps}). Choose which to keep; the other is replaced.',
  'drafts.conflict.keepDevice': 'Keep what is on this device',
  'drafts.conflict.takeServer': 'Use what is on the other device',
  'drafts.gone.title': 'This application was sent or deleted elsewhere',
  'drafts.gone.body': 'The server no longer has this draft. If you still want what you entered here, keep it and carry on.',
  'drafts.gone.keep': 'Keep it and carry on',
  'drafts.gone.letGo': 'Let it go',

  'drafts.resume.title': 'Carry on with an application',
  'drafts.resume.loading': 'Opening your saved application…',
  'drafts.resume.loadError': 'Your saved application cannot be opened just now',
  'drafts.resume.chooseTitle': 'There are two versions of this application',
  'drafts.resume.chooseLead': 'You changed this application on two devices. Choose which to carry on with; the other is replaced.',
  'drafts.resume.useServer': 'Use the one saved at {time} (steps done: {steps})',
  'drafts.resume.useDevice': 'Use the one changed on this device at {time} (steps done: {steps})',
  'drafts.resume.newer': '{label} (newer)',

  'drafts.offer.title': 'You have an unfinished application for “{item}”',
  'drafts.offer.body': 'Saved at {time} (steps done: {steps}). Carry on with it, or delete it and start again.',
  'drafts.offer.continue': 'Carry on',
  'drafts.offer.restart': 'Delete it and start again',
  'drafts.offer.restartFailed': 'The saved application cannot be deleted just now. Please try again later.',

  'drafts.list.title': 'Unfinished applications',
  'drafts.list.loading': 'Looking for saved applications…',
  'drafts.list.serverError': 'Applications saved on the server cannot be shown just now; only those on this device are listed.',
  'drafts.list.item': '“{item}”',
  'drafts.list.township': 'Where: {township}',
  'drafts.list.progress': 'Steps done: {done} of {total}',
  'drafts.list.savedAt': 'Saved at {time}, kept until {date}',
  'drafts.list.deviceOnly': 'Changed at {time}, on this device only',
  'drafts.list.unsaved': 'This device has changes from {time} not yet saved to the server',
  'drafts.list.continue': 'Carry on',
  'drafts.list.continueFor': ': {item}',
  'drafts.list.delete': 'Delete',
  'drafts.list.deleteFor': ': {item}',
  'drafts.list.confirm': 'Delete the draft of “{item}”? This cannot be undone.',
  'drafts.list.confirmDelete': 'Yes, delete it',
  'drafts.list.cancel': 'Keep it',
  'drafts.list.deleted': 'The draft of “{item}” was deleted.',
  'drafts.list.deleteFailed': 'It cannot be deleted just now. Please try again later.',
};
