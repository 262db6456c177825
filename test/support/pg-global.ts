/**
 * One PostgreSQL server for the whole test run: started once here, each test
 * file takes its own databases on it (test/support/pg.ts), and it is stopped
 * and its folder removed at the end of the run.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from './pg-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The superuser's URL of the run's server (its `postgres` database). */
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startCluster({ name: 'tests' });
  project.provide('pgAdminUrl', cluster.url());
  return () => cluster.destroy();
}
