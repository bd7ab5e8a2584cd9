import type { DataSource } from 'typeorm';
import type { AppDeps, AppModule } from '../../app';
import type { Config } from '../../config';
import { rootLogger } from '../../common/logging';

/** Month partitions created ahead of the current one, so a spend never waits on DDL (or lands in the default partition). */
export const PARTITION_MONTHS_AHEAD = 3;

/** The first instant of the UTC month `months` after (negative: before) the one of `at`. */
export function monthStart(at: Date, months = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1));
}

export interface PartitionRun {
  /** Month partitions created (ahead, or for rows the default partition held). */
  created: number;
  /** Month partitions dropped by the retention. */
  dropped: number;
  /** The raw records start here (null: nothing dropped yet); older usage is in the rollups only. */
  rawFrom: Date | null;
}

/**
 * The maintenance of usage_records' month partitions (migration UsagePartitions1796600000000):
 * creates this month's and the next PARTITION_MONTHS_AHEAD (and moves any row the default
 * partition caught into its month), then, with a retention of N months, drops the partitions
 * wholly before the start of the month N months back. Through the system role, which may only
 * call the owner's two functions. Safe on every node at once: the functions take one lock.
 */
export async function maintainUsagePartitions(systemDs: DataSource, retentionMonths: number, now = new Date()): Promise<PartitionRun> {
  const [{ created }] = await systemDs.query(`SELECT usage_partitions_ensure($1, $2) AS created`, [
    monthStart(now),
    monthStart(now, PARTITION_MONTHS_AHEAD),
  ]);
  let dropped = 0;
  if (retentionMonths > 0)
    [{ dropped }] = await systemDs.query(`SELECT usage_partitions_retain($1) AS dropped`, [monthStart(now, -retentionMonths)]);
  const [{ raw_from }] = await systemDs.query(`SELECT raw_from FROM usage_retention`);
  return { created: Number(created), dropped: Number(dropped), rawFrom: raw_from ? new Date(raw_from) : null };
}

/** Runs the partition maintenance at start and every USAGE_PARTITIONS_POLL_MS (a day) on every node. */
export function usagePartitionsModule(config: Config): AppModule {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const { retentionMonths, pollMs } = config.usagePartitions;
  return {
    start({ systemDs }: AppDeps) {
      const run = () => {
        if (running) return;
        running = maintainUsagePartitions(systemDs, retentionMonths)
          .then((r) => {
            if (r.created || r.dropped) rootLogger().info({ module: 'usage', ...r }, 'usage partitions maintained');
          })
          .catch((err: unknown) =>
            rootLogger().warn({ err, module: 'usage' }, 'the usage partition maintenance failed; it runs again at the next tick'),
          )
          .finally(() => (running = null));
      };
      run();
      timer = setInterval(run, pollMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
