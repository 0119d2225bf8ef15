import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describeAffected } from "../../affected";
import { baseTree, inConfig } from "./atmos-tree";
import { TempRepo } from "./git-repo";

let repo: TempRepo;

beforeEach(() => {
  repo = new TempRepo();
  repo.commitFiles(baseTree(), "base");
});

afterEach(() => repo.remove());

/** Every path under `.git` with its content hash: refs, index, config, worktrees, … */
function gitDirState(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else
        out[path.relative(repo.dir, p)] = crypto
          .createHash("sha256")
          .update(fs.readFileSync(p))
          .digest("hex");
    }
  };
  walk(path.join(repo.dir, ".git"));
  return out;
}

function workingTreeState(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === ".git") continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(repo.dir, p)] = fs.readFileSync(p, "utf8");
    }
  };
  walk(repo.dir);
  return out;
}

describe("describe affected and the user's repository", () => {
  test("never changes the working tree, the index, refs or anything else under .git", () => {
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.commitFiles(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
    repo.write({ "config/app.json": "[]\n", "untracked.txt": "x\n" });
    repo.git("add", "config/app.json");
    const gitBefore = gitDirState();
    const treeBefore = workingTreeState();
    expect(describeAffected({ cwd: repo.dir, env: {}, base: "main" }).items.length).toBeGreaterThan(0);
    expect(gitDirState()).toEqual(gitBefore);
    expect(workingTreeState()).toEqual(treeBefore);
  });

  test("removes its temporary checkouts, also when the base fails to resolve", () => {
    repo.git("checkout", "--quiet", "-b", "broken");
    repo.commitFiles(inConfig({ "stacks/orgs/beta/dev.yaml": "vars: [unclosed\n" }));
    repo.git("checkout", "--quiet", "main");
    // A private temporary directory: other test files create checkouts concurrently.
    const saved = process.env["TMPDIR"];
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "affected-tmpdir-"));
    process.env["TMPDIR"] = tmp;
    try {
      expect(() => describeAffected({ cwd: repo.dir, env: {}, base: "broken" })).toThrow(
        /in --base 'broken'/,
      );
      describeAffected({ cwd: repo.dir, env: {}, base: "main", head: "main" });
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env["TMPDIR"];
      else process.env["TMPDIR"] = saved;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
