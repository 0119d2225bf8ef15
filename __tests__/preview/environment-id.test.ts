import { createHash } from "node:crypto";
import fc from "fast-check";
import {
  branchNameProblem,
  parseRepositoryRef,
  parseTimestamp,
  previewEnvironmentFileName,
  previewEnvironmentId,
  previewStackId,
} from "../../model/preview-id";

describe("previewEnvironmentId: the demo's scheme", () => {
  // The worked examples of spacelift-ecosystem.md §1.5: the ids of the demo manager's files.
  it.each([
    ["spacelift-io", "demo-preview-environments-service", 10, "475ed74"],
    ["spacelift-io", "demo-preview-environments-service", 9, "84423ba"],
    ["spacelift-io", "demo-preview-environments-infra", 8, "41701ae"],
  ])("gives %s/%s#%d the id %s", (owner, name, pr, id) => {
    expect(previewEnvironmentId({ owner, name }, pr)).toBe(id);
  });

  it("hashes the quotes too (without them the demo's service#10 would be 93726d5)", () => {
    const repo = { owner: "spacelift-io", name: "demo-preview-environments-service" };
    const unquoted = createHash("sha256")
      .update("spacelift-iodemo-preview-environments-service10")
      .digest("hex");
    expect(unquoted.slice(0, 7)).toBe("93726d5");
    expect(previewEnvironmentId(repo, 10)).not.toBe("93726d5");
  });

  it("is always 7 lowercase hex characters", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 1 }), (owner, name, pr) =>
        /^[0-9a-f]{7}$/.test(previewEnvironmentId({ owner, name }, pr)),
      ),
    );
  });

  it("names the file <owner>-<repo>-<pr>-<id>.yaml, as the demo named its .tf files", () => {
    const repo = { owner: "spacelift-io", name: "demo-preview-environments-infra" };
    expect(previewEnvironmentFileName(repo, 8)).toBe(
      "spacelift-io-demo-preview-environments-infra-8-41701ae.yaml",
    );
  });

  it("names the stack <service>-preview-<id>", () => {
    expect(previewStackId("hello-service", "41701ae")).toBe("hello-service-preview-41701ae");
  });
});

describe("parseRepositoryRef", () => {
  it.each(["acme/hello-service", "Acme-Corp/repo.name_v2", "a/b", "x1/.github"])("accepts %s", (text) => {
    expect(parseRepositoryRef(text)).toEqual({ owner: text.split("/")[0], name: text.split("/")[1] });
  });

  it.each([
    "acme",
    "acme/",
    "/repo",
    "-acme/repo",
    "acme-/repo",
    "ac--me/repo",
    "acme/re po",
    "acme/x/y",
    "acme/..",
    "acme/.",
  ])("rejects %j", (text) => {
    expect(parseRepositoryRef(text)).toBeUndefined();
  });
});

describe("branchNameProblem (git check-ref-format --branch)", () => {
  it.each(["main", "feature/login", "release-1.2", "user/x_y", "a.b/c"])("accepts %s", (name) => {
    expect(branchNameProblem(name)).toBeUndefined();
  });

  it.each([
    "",
    "@",
    "-x",
    "a b",
    "a..b",
    "a~1",
    "a^",
    "a:b",
    "a?",
    "a*",
    "a[b",
    "a\\b",
    "x/",
    "/x",
    "x.",
    "x.lock",
    "a/.b",
    "a@{1}",
    "a//b",
    "tab\there",
  ])("rejects %j", (name) => {
    expect(branchNameProblem(name)).toEqual(expect.any(String));
  });
});

describe("parseTimestamp", () => {
  it("reads a UTC timestamp as Unix seconds", () => {
    expect(parseTimestamp("2026-11-02T09:30:00Z")).toBe(Date.UTC(2026, 10, 2, 9, 30, 0) / 1000);
  });

  it.each([
    "2026-02-30T00:00:00Z",
    "2026-11-02T09:30:00",
    "2026-11-02T09:30:00.123Z",
    "2026-11-02 09:30:00Z",
    "yesterday",
  ])("rejects %j", (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});
