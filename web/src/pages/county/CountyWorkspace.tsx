import { useLocation } from 'preact-iso';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { CalendarPage } from './calendar/CalendarPage.js';
import { CatalogueListPage } from './catalogue/CatalogueListPage.js';
import { ItemAdminPage } from './catalogue/ItemAdminPage.js';
import { ItemEditPage } from './catalogue/ItemEditPage.js';
import { CountyDashboard } from './CountyDashboard.js';
import { countyPageOf } from './county-pages.js';
import { OpenCasesPage } from './dashboard/OpenCasesPage.js';
import { OutboxPage } from './outbox/OutboxPage.js';
import { CountyCasePage } from './supervision/CountyCasePage.js';
import { SupervisionListPage } from './supervision/SupervisionListPage.js';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/dashboard.js';
import '../../i18n/messages/supervision.js';
import '../../i18n/messages/catalogue-admin.js';
import '../../i18n/messages/calendar.js';
import '../../i18n/messages/catalogue.js';
import '../../i18n/messages/results.js';
import '../../i18n/messages/outbox.js';
import '../../i18n/messages/office.js';
import '../../i18n/messages/counter.js';
import '../../i18n/messages/intake.js';

/** The county workspace (supervisors and administrators): its dashboard and its pages, by path. */
export function CountyWorkspace() {
  const { path } = useLocation();
  const target = countyPageOf(path);
  switch (target.page) {
    case 'dashboard':
      return <CountyDashboard />;
    case 'catalogue':
      return <CatalogueListPage />;
    case 'item-new':
      return <ItemEditPage key="new" />;
    case 'item':
      return <ItemAdminPage key={target.code} code={target.code} />;
    case 'item-edit':
      return <ItemEditPage key={`edit:${target.code}`} code={target.code} />;
    case 'calendar':
      return <CalendarPage />;
    case 'outbox':
      return <OutboxPage />;
    case 'open-cases':
      return <OpenCasesPage />;
    case 'supervision':
      return <SupervisionListPage />;
    case 'case':
      return <CountyCasePage key={target.caseId} caseId={target.caseId} />;
    default:
      return <NotFoundPage />;
  }
}
