import { ArchiveOpenError, redactUrl, type SqlDriver, type SqlParam, type SqlSession } from "./driver";

interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<void>;
  end(): Promise<void>;
  on(event: "error", listener: (err: Error) => void): void;
}

/** Why a connection failed, in words that never include the URL's password (Chinese, English). */
function reason(err: unknown): [string, string] {
  const e = err as { code?: string; message?: string };
  switch (e?.code) {
    case "ECONNREFUSED":
      return ["连接被拒绝（服务器未运行或端口不对）", "connection refused (the server is not running, or the port is wrong)"];
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return ["找不到主机", "host not found"];
    case "ETIMEDOUT":
      return ["连接超时", "the connection timed out"];
    case "28P01":
    case "28000":
      return ["用户名或密码不对", "wrong user name or password"];
    case "3D000":
      return ["数据库不存在", "no such database"];
    default:
      return e?.code ? [`错误 ${e.code}`, `error ${e.code}`] : ["无法连接", "cannot connect"];
  }
}

/** A PostgreSQL server by URL, through one `pg` client (a command is one session). */
export async function openServer(url: string): Promise<SqlDriver> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 }) as unknown as PgClientLike;
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (err) {
    const [zh, en] = reason(err);
    throw new ArchiveOpenError(`无法连接 PostgreSQL 服务器 ${redactUrl(url)}：${zh}`, `cannot connect to the PostgreSQL server ${redactUrl(url)}: ${en}`);
  }
  const s: SqlSession = {
    async query<R>(sql: string, params: readonly SqlParam[] = []) {
      return (await client.query(sql, params as unknown[])).rows as R[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
  return {
    kind: "server",
    ...s,
    async transaction(work) {
      await client.query("BEGIN");
      try {
        const result = await work(s);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      }
    },
    close: () => client.end(),
  };
}
