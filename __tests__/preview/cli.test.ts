import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { runCli } from "../../cli/run";
import { previewEnvironmentFileName, previewEnvironmentId } from "../../model/preview-id";
import { REPO_ROOT, synthesize } from "../example/synth-example";

const SHA1 = "9fceb02d0ae598e95dc970b74767f19372d61af8";
const SHA2 = "1b2e6f1a0c4d5e6f708192a3b4c5d6e7f8091a2b";
const REPO = { owner: "acme", name: "web-app" };
const ENV_DIR = "stacks-config/preview-environments/hello-service/environments";
const FILE = `${ENV_DIR}/${previewEnvironmentFileName(REPO, 42)}`;

/** A temporary git repository holding a copy of the embedded stacks-config/, all committed. */
function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "preview-cli-"));
  cpSync(join(REPO_ROOT, "stacks-config"), join(dir, "stacks-config"), { recursive: true });
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "initial");
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
    cwd: dir,
    encoding: "utf8",
  });
}

/** Files git sees as changed, added or removed. */
const changes = (dir: string): string[] =>
  git(dir, "status", "--porcelain", "--untracked-files=all")
    .split("\n")
    .filter((l) => l !== "")
    .sort();

async function run(dir: string, argv: string[], now = "2026-11-10T08:00:00Z") {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: dir,
    env: { SPACELIFT_ATMOS_NOW: now },
  });
  return { code, out, err };
}

const upsert = (extra: string[] = []): string[] => [
  "preview-env",
  "upsert",
  "--service",
  "hello-service",
  "--repo",
  "acme/web-app",
  "--pr",
  "42",
  "--branch",
  "main",
  ...extra,
];
const del = ["preview-env", "delete", "--service", "hello-service", "--repo", "acme/web-app", "--pr", "42"];

describe("preview-env upsert and delete: the lifecycle", () => {
  it("creates the file named by the id scheme, with created_at from the clock, and touches nothing else", async () => {
    const dir = gitRepo();
    const r = await run(dir, upsert(["--code-version", SHA1]));
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(
      `created ${FILE} (environment ${previewEnvironmentId(REPO, 42)}, stack hello-service-preview-${previewEnvironmentId(REPO, 42)})\n`,
    );
    expect(changes(dir)).toEqual([`?? ${FILE}`]);
    expect(parse(readFileSync(join(dir, FILE), "utf8"))).toEqual({
      code_version: SHA1,
      created_at: "2026-11-10T08:00:00Z",
      environment: previewEnvironmentId(REPO, 42),
      infra_repository_branch: "main",
      pull_request: { number: 42, repository: "acme/web-app" },
    });
  });

  it("updates the code version and keeps created_at", async () => {
    const dir = gitRepo();
    await run(dir, upsert(["--code-version", SHA1]), "2026-11-10T08:00:00Z");
    const r = await run(dir, upsert(["--code-version", SHA2]), "2026-11-11T08:00:00Z");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^updated /);
    expect(parse(readFileSync(join(dir, FILE), "utf8"))).toMatchObject({
      code_version: SHA2,
      created_at: "2026-11-10T08:00:00Z",
    });
  });

  it("leaves the file byte-identical and says unchanged when the inputs are the same", async () => {
    const dir = gitRepo();
    await run(dir, upsert(["--code-version", SHA1]), "2026-11-10T08:00:00Z");
    const before = readFileSync(join(dir, FILE));
    const r = await run(dir, upsert(["--code-version", SHA1]), "2026-11-12T08:00:00Z");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^unchanged /);
    expect(readFileSync(join(dir, FILE))).toEqual(before);
  });

  it("renews an environment whose time to live is over, with a new created_at", async () => {
    const dir = gitRepo();
    const ttlHours = (
      parse(readFileSync(join(dir, ENV_DIR, "..", "service.yaml"), "utf8")) as { ttl_hours: number }
    ).ttl_hours;
    await run(dir, upsert(), "2026-11-10T08:00:00Z");
    const expired = new Date(Date.parse("2026-11-10T08:00:00Z") + ttlHours * 3600_000).toISOString();
    const r = await run(dir, upsert(), expired);
    expect(r).toMatchObject({ code: 0, out: expect.stringMatching(/^renewed /) });
    expect(parse(readFileSync(join(dir, FILE), "utf8"))).toMatchObject({
      created_at: expired.replace(".000Z", "Z"),
    });
  });

  it("defaults the code version to latest", async () => {
    const dir = gitRepo();
    await run(dir, upsert());
    expect(parse(readFileSync(join(dir, FILE), "utf8"))).toMatchObject({ code_version: "latest" });
  });

  it("deletes the file, and says already absent (exit 0) the second time", async () => {
    const dir = gitRepo();
    await run(dir, upsert());
    const first = await run(dir, del);
    expect(first).toMatchObject({ code: 0, out: expect.stringMatching(/^deleted /) });
    expect(existsSync(join(dir, FILE))).toBe(false);
    const second = await run(dir, del);
    expect(second).toMatchObject({ code: 0, out: expect.stringMatching(/^already absent /) });
    expect(changes(dir)).toEqual([]);
  });

  it("leaves a config that still synthesizes, with the new environment's stack in the manager", async () => {
    const dir = gitRepo();
    await run(dir, upsert(["--code-version", SHA1]));
    const out = synthesize(dir);
    const json = JSON.parse(out["plat-gbl-spacelift-preview-environments"]!) as {
      resource: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(json.resource["spacelift_stack"]!)).toContain(
      `hello-service-preview-${previewEnvironmentId(REPO, 42)}`,
    );
  });
});

describe("an environment commit and describe affected", () => {
  it("reports the manager through its folder dependency on the service", async () => {
    const dir = gitRepo();
    await run(dir, upsert());
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "environment");
    const r = await run(dir, ["describe", "affected", "--base", "HEAD~1", "--head", "HEAD"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      expect.objectContaining({
        spacelift_stack: "plat-gbl-spacelift-preview-environments",
        affected: "folder",
        folder: "stacks-config/preview-environments/hello-service",
      }),
    ]);
  });
});

describe("preview-env: bad input", () => {
  it("fails (exit 1) when the service does not exist, and writes nothing", async () => {
    const dir = gitRepo();
    const argv = upsert();
    argv[3] = "hello-servic";
    const r = await run(dir, argv);
    expect(r.code).toBe(1);
    expect(r.err).toContain("PREVIEW_UNKNOWN_SERVICE there is no preview-environment service 'hello-servic'");
    expect(r.err).toContain("Did you mean 'hello-service'?");
    expect(changes(dir)).toEqual([]);
  });

  it.each(["acme", "acme/", "-acme/web-app", "acme/web/app", "acme/..", "../../etc/passwd"])(
    "fails (exit 2) when --repo is %j",
    async (repo) => {
      const dir = gitRepo();
      const argv = upsert();
      argv[5] = repo;
      const r = await run(dir, argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--repo must be OWNER/NAME");
      expect(changes(dir)).toEqual([]);
    },
  );

  it.each(["0", "-1", "1.5", "abc", "042"])("fails (exit 2) when --pr is %j", async (pr) => {
    const dir = gitRepo();
    const argv = upsert();
    argv[7] = pr;
    expect((await run(dir, argv)).code).toBe(2);
  });

  it.each(["feature..x", "a b", "-x", "x.lock", "x/", "a@{1}", "$(touch x)"])(
    "fails (exit 2) when --branch is %j",
    async (branch) => {
      const dir = gitRepo();
      const argv = upsert();
      argv[9] = branch;
      const r = await run(dir, argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain("is not a valid branch name");
    },
  );

  it.each(["v1.2.3", SHA1.slice(0, 7), SHA1.toUpperCase()])(
    "fails (exit 2) when --code-version is %j",
    async (v) => {
      const dir = gitRepo();
      expect((await run(dir, upsert(["--code-version", v]))).code).toBe(2);
    },
  );

  it("fails (exit 2) when --service is a path", async () => {
    const dir = gitRepo();
    const argv = upsert();
    argv[3] = "../hello-service";
    const r = await run(dir, argv);
    expect(r.code).toBe(2);
    expect(changes(dir)).toEqual([]);
  });

  it("fails (exit 2) when a required flag is missing", async () => {
    const dir = gitRepo();
    expect((await run(dir, upsert().slice(0, 8))).code).toBe(2);
  });

  it("fails (exit 1) when the existing file is invalid, and leaves it untouched", async () => {
    const dir = gitRepo();
    writeFileSync(join(dir, FILE), "code_version: latest\n");
    const r = await run(dir, upsert());
    expect(r.code).toBe(1);
    expect(r.err).toContain("The existing file is invalid");
    expect(readFileSync(join(dir, FILE), "utf8")).toBe("code_version: latest\n");
  });

  it("fails (exit 1) when the existing file's created_at is not a real date, and leaves it untouched", async () => {
    const dir = gitRepo();
    await run(dir, upsert());
    const invalid = readFileSync(join(dir, FILE), "utf8").replace(
      /created_at: "[^"]+"/,
      'created_at: "2026-02-30T00:00:00Z"',
    );
    writeFileSync(join(dir, FILE), invalid);
    const r = await run(dir, upsert());
    expect(r.code).toBe(1);
    expect(r.err).toContain("'created_at' is not a real date");
    expect(readFileSync(join(dir, FILE), "utf8")).toBe(invalid);
  });

  it("refuses (exit 1) a pull request whose id another environment file already uses", async () => {
    const dir = gitRepo();
    const squatter = join(dir, ENV_DIR, `other-repo-1-${previewEnvironmentId(REPO, 42)}.yaml`);
    writeFileSync(squatter, "x: 1\n");
    const r = await run(dir, upsert());
    expect(r.code).toBe(1);
    expect(r.err).toContain("DUPLICATE_STACK_NAME");
    expect(existsSync(join(dir, FILE))).toBe(false);
  });

  it("refuses (exit 1) a service directory that is a link to another service", async () => {
    const dir = gitRepo();
    symlinkSync(
      join(dir, "stacks-config/preview-environments/hello-service"),
      join(dir, "stacks-config/preview-environments/alias"),
    );
    const argv = upsert();
    argv[3] = "alias";
    const r = await run(dir, argv);
    expect(r.code).toBe(1);
    expect(r.err).toContain("resolves outside its own folder");
    expect(existsSync(join(dir, FILE))).toBe(false);
  });
});

describe("preview-env sweep", () => {
  // The embedded example's environments were created on 2026-11-02 and 2026-11-03 with a 72 h TTL.
  const files = (dir: string): string[] => changes(dir).filter((l) => l.startsWith(" D "));

  it("removes the environments whose time to live is over and keeps the others", async () => {
    const dir = gitRepo();
    const r = await run(dir, ["preview-env", "sweep"], "2026-11-05T12:00:00Z");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^expired .*acme-hello-service-12-/);
    expect(files(dir)).toEqual([expect.stringContaining("acme-hello-service-12-")]);
  });

  it("also removes environments expiring within --ahead-minutes", async () => {
    const dir = gitRepo();
    const exact = await run(dir, ["preview-env", "sweep", "--ahead-minutes", "0"], "2026-11-05T08:45:00Z");
    expect(exact.out).toBe("no environment has expired\n");
    const r = await run(dir, ["preview-env", "sweep", "--ahead-minutes", "60"], "2026-11-05T08:45:00Z");
    expect(r.out).toMatch(/^expired /);
    expect(files(dir)).toHaveLength(1);
  });

  it("--dry-run prints what would be removed and removes nothing", async () => {
    const dir = gitRepo();
    const r = await run(dir, ["preview-env", "sweep", "--dry-run"], "2027-01-01T00:00:00Z");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").filter((l) => l.startsWith("would expire "))).toHaveLength(2);
    expect(r.out).toContain("dry run: 2 file(s) would be removed, none was\n");
    expect(changes(dir)).toEqual([]);
  });

  it("says so when nothing has expired", async () => {
    const dir = gitRepo();
    const r = await run(dir, ["preview-env", "sweep"], "2026-11-04T00:00:00Z");
    expect(r).toMatchObject({ code: 0, out: "no environment has expired\n" });
    expect(changes(dir)).toEqual([]);
  });

  it("removes nothing (exit 1) when an environment file is invalid", async () => {
    const dir = gitRepo();
    writeFileSync(join(dir, FILE), "code_version: latest\n");
    const r = await run(dir, ["preview-env", "sweep"], "2027-01-01T00:00:00Z");
    expect(r.code).toBe(1);
    expect(files(dir)).toEqual([]);
  });
});
