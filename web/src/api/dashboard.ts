import type { z } from '@hono/zod-openapi';
import type { DashboardSchema, DrillDownSchema } from '../../../functions/http/schemas/dashboard-schemas.js';
import type { ApiClient } from './client.js';

export type CountyDashboardData = z.infer<typeof DashboardSchema>;
export type Figures = CountyDashboardData['county'];
export type OpenCases = z.infer<typeof DrillDownSchema>;
export type OpenCaseEntry = OpenCases['items'][number];
export type DashboardCard = OpenCaseEntry['card'];
export const DASHBOARD_CARDS: readonly DashboardCard[] = ['legal_breach', 'red', 'yellow', 'none'];

/** The county's figures for a period (supervisor, administrator). */
export const getCountyDashboard = (api: ApiClient, period: { from: string; to: string }, signal?: AbortSignal) =>
  api.get<CountyDashboardData>('/api/county/dashboard', { query: period, ...(signal ? { signal } : {}) });

/** The open cases behind a figure, tightest first. */
export const getCountyOpenCases = (api: ApiClient, filter: { townshipId?: string; card?: DashboardCard }, signal?: AbortSignal) =>
  api.get<OpenCases>('/api/county/dashboard/cases', { query: { ...filter }, ...(signal ? { signal } : {}) });
