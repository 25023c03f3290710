import { openDriver, type SqlDriver } from "./driver";
import { ensureSchema } from "./schema";

/** --db's default: an embedded archive in this folder. */
export const DEFAULT_ARCHIVE = "./kehu-archive";

/** Opens the archive named by --db and makes sure its tables exist. */
export async function openArchive(db: string): Promise<SqlDriver> {
  const driver = await openDriver(db);
  try {
    await ensureSchema(driver);
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw err;
  }
  return driver;
}
