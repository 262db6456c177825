/** A throwaway PostgreSQL server reached through a Unix socket only. */
export interface Cluster {
  /** The cluster's own temp folder: data/, sock/ and the server's log. */
  readonly dir: string;
  readonly socketDir: string;
  /** Names the socket file (`.s.PGSQL.<port>`); no TCP port is opened. */
  readonly port: number;
  /** The superuser, who connects without a password. */
  readonly user: 'postgres';
  /** `postgresql://postgres@/DBNAME?host=<socketDir>&port=<port>`, as libpq and node-postgres read it. */
  url(dbname?: string): string;
  /** Creates a database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(mode?: 'smart' | 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Stops the server at once and removes its folder. */
  destroy(): Promise<void>;
}

export function startCluster(options?: { name?: string }): Promise<Cluster>;
