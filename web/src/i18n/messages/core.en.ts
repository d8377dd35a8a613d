import { counterEn } from './counter.en.js';
import { officeEn } from './office.en.js';
import { intakeEn } from './intake.en.js';
import { authEn } from './auth.en.js';
import { catalogueEn } from './catalogue.en.js';
import { catalogueAdminEn } from './catalogue-admin.en.js';
import { calendarEn } from './calendar.en.js';
import { sealEn } from './seal.en.js';
import { resultsEn } from './results.en.js';
import { dashboardEn } from './dashboard.en.js';
import { supervisionEn } from './supervision.en.js';
import type { MessageKey } from './core.zh-CN.js';

/** English: every key of the zh-CN catalogue, with the same placeholders. */
export const en: Record<MessageKey, string> = {
  ...counterEn,
  ...officeEn,
  ...intakeEn,
  ...authEn,
  ...sealEn,
  'app.name': 'One-Window Service',
  'app.tagline': 'Township service centres',
  skipLink: 'Skip to main content',
  'lang.navLabel': 'Language',
  'lang.other': '中文',
  'lang.otherCode': 'zh-CN',
  'list.separator': ', ',

  'header.signIn': 'Sign in',
  'header.signOut': 'Sign out',
  'header.myWorkspace': 'Go to my workspace',
  'header.account': 'Signed in as',
  'footer.navLabel': 'Footer links',
  'footer.home': 'Home',
  'footer.guide': 'Service guide',
  'footer.track': 'Track an application',
  'footer.note': 'You should never need to come more than once. If you do not use the internet, any township service centre counter can help you.',

  'home.title': 'Township service centres online',
  'home.lead':
    'Read the service guide and track your application here. Every kind of application is taken in at one counter, so you do not have to go from office to office.',
  'home.actions.title': 'What would you like to do?',
  'home.action.guide': 'Service guide',
  'home.action.guide.hint': 'What you can apply for and what to bring',
  'home.action.track': 'Track an application',
  'home.action.track.hint': 'With your query code and the last 4 digits of your phone; no sign-in needed',
  'home.action.signIn': 'Sign in',
  'home.action.signIn.hint': 'For residents, village proxies and staff',
  'home.audience.title': 'Who this service is for',
  'home.audience.residents.title': 'Residents and businesses',
  'home.audience.residents.body':
    'Apply for minimum living allowance, old-age allowance, pension enrolment, building permits and more, and follow your application at any time.',
  'home.audience.proxy.title': 'Village proxies',
  'home.audience.proxy.body': 'Apply on behalf of villagers who cannot travel or do not use a phone.',
  'home.audience.staff.title': 'Staff',
  'home.audience.staff.body': 'Counter intake, back-office review and county supervision: sign in to reach your workspace.',
  'home.offline.title': 'Not comfortable online?',
  'home.offline.body': 'Come to the counter of your township service centre, or ask the proxy at your village service room to apply for you.',

  'guide.title': 'Service guide',
  'guide.lead': 'These are the services you can apply for at the township service centre.',
  'guide.loading': 'Loading the list of services…',
  'guide.empty': 'There are no services to show yet.',
  'guide.errorTitle': 'The service guide cannot be shown right now',
  'guide.search': 'Search services',
  'guide.searchHint': 'A name, a code, a keyword or pinyin: "dibao", "db", "gljt"',
  'guide.matches': '{count} found',
  'guide.noMatch': 'No service matches. Try fewer characters, or the pinyin initials.',
  'guide.count': '{count} services',
  'guide.item.code': 'Item code',
  'guide.category.licensing': 'Licensing',
  'guide.category.public_service': 'Public service',
  'guide.category.other': 'Other',
  'guide.onTheSpot': 'Decided on the spot',
  'guide.promised': 'Decided within {days} working days',
  'guide.free': 'Free',
  'guide.fee': 'Fee: {yuan} yuan',

  'track.title': 'Track an application',
  'track.lead': 'Enter the query code you were given when your application was accepted, and the last 4 digits of the phone number you applied with.',
  'track.code.label': 'Query code',
  'track.code.hint': 'It is printed on your acceptance notice and sent to you by text message.',
  'track.phone.label': 'Last 4 digits of your phone number',
  'track.phone.hint': 'The last four digits of the phone number you gave when you applied.',
  'track.submit': 'Search',
  'track.searching': 'Searching…',
  'track.errorTitle': 'Your application cannot be looked up right now',
  'track.result.title': 'Result',
  'track.result.caseNumber': 'Case number',
  'track.result.item': 'Service',
  'track.result.status': 'Status',
  'track.result.updatedAt': 'Last updated',
  'track.error.codeRequired': 'Enter your query code',
  'track.error.phoneRequired': 'Enter the last 4 digits of your phone number',
  'track.error.phoneFormat': 'The last 4 digits of your phone number must be 4 digits',

  'errorSummary.title': 'There is a problem',
  'field.errorPrefix': 'Error: ',

  'signIn.title': 'Sign in',
  'signIn.lead': 'Residents, village proxies and staff all sign in here and are taken to their own workspace.',
  'signIn.username.label': 'Username',
  'signIn.password.label': 'Password',
  'signIn.showPassword': 'Show password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.error.usernameRequired': 'Enter your username',
  'signIn.error.passwordRequired': 'Enter your password',
  'signIn.expired': 'Your session has expired. To protect your information, please sign in again.',
  'signIn.signedOut': 'You have signed out.',
  'signIn.alreadySignedIn': 'You are signed in as {name}.',
  'signIn.demo.title': 'Demo accounts',
  'signIn.demo.lead': 'Accounts of this local demo. The password of each is {password}.',
  'signIn.demo.use': 'Use',
  'signIn.demo.filled': 'Filled in {username}. Now press “Sign in”.',

  'role.resident': 'Applicant',
  'role.proxy': 'Village proxy',
  'role.clerk': 'Counter clerk',
  'role.reviewer': 'Back-office reviewer',
  'role.approver': 'Approver',
  'role.county_officer': 'County department officer',
  'role.supervisor': 'County supervisor',
  'role.admin': 'Catalogue administrator',

  'workspace.resident': 'My applications',
  'workspace.counter': 'Counter',
  'workspace.office': 'Back office',
  'workspace.county': 'County supervision',

  'ws.navLabel': 'Workspace',
  'ws.dashboard': 'Dashboard',
  'ws.userLabel': 'Signed in',
  'ws.greeting': 'Hello, {name}',

  'resident.title': 'My applications',
  'resident.cases.title': 'My cases',
  'resident.cases.empty': 'You have not applied for anything yet.',
  'resident.proxyCases.title': 'Applications I made for others',
  'resident.proxyCases.empty': 'You have not applied on behalf of any villager yet.',
  'resident.start.title': 'Apply for something',
  'resident.start.body': 'Read the service guide first to see the conditions and what to bring.',
  'resident.start.action': 'Open the service guide',
  'resident.help.title': 'Need help?',
  'resident.help.body': 'Ask at the counter of your township service centre, or ask your village proxy to apply for you.',

  'counter.title': 'Counter workspace',

  'county.catalogue.title': 'Service catalogue',

  'forbidden.title': 'You are not allowed here',
  'forbidden.body': 'The “{workspace}” workspace is only for {roles}. You are signed in as “{role}”.',
  'forbidden.goOwn': 'Go to my workspace: {workspace}',
  'forbidden.switchUser': 'Sign in with another account',

  'notFound.title': 'Page not found',
  'notFound.body': 'Check that the web address is right, or go back to the home page.',
  'notFound.home': 'Go to the home page',

  'problem.title': 'This page did not open',
  'problem.body': 'The connection may be unstable, or the service was just updated. Please reload the page.',
  'problem.reload': 'Reload',

  'async.loading': 'Loading…',
  'async.retry': 'Try again',
  'async.requestId': 'If you need help, give staff this reference: {requestId}',
  'redirect.toSignIn': 'Please sign in first. Opening the sign-in page…',
  'page.loading': 'Opening the page…',

  'api.network': 'The server cannot be reached. Check your connection and try again.',
  'api.unavailable': 'This service is not available yet. Please try again later, or ask at the service centre counter.',
  'api.unexpected': 'Something went wrong on our side. Please try again later.',
  ...catalogueEn,
  ...catalogueAdminEn,
  ...calendarEn,
  ...resultsEn,
  ...dashboardEn,
  ...supervisionEn,
};
