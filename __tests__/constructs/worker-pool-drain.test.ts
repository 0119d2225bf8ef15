import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DRAIN_SCRIPT, drainRunbook } from "../../constructs/private/worker-pool-drain-runbook";

/**
 * The drain script runs in SSM Automation's Python 3.11 runtime. Here it runs under the local python3
 * with boto3 stubbed and urllib answering as a fake Spacelift GraphQL API, so its decisions (which
 * workers it drains, when it holds the instance, when it lets it go) are tested without AWS.
 */
const HARNESS = `
import io, json, sys, types, urllib.request

scenario = json.loads(sys.argv[2])
state = {"clock": 0.0, "poll": -1, "drained": [], "heartbeats": 0, "failures": scenario.get("failures", 0)}

class ClientError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.response = {"Error": {"Code": code}}

botocore = types.ModuleType("botocore")
botocore.exceptions = types.ModuleType("botocore.exceptions")
botocore.exceptions.ClientError = ClientError
sys.modules["botocore"] = botocore
sys.modules["botocore.exceptions"] = botocore.exceptions

class SecretsManager:
    def get_secret_value(self, SecretId):
        assert SecretId == "arn:drain-key"
        return {"SecretString": json.dumps({"SPACELIFT_API_KEY_ID": "KEY", "SPACELIFT_API_KEY_SECRET": "s3cr3t"})}

class AutoScaling:
    def record_lifecycle_action_heartbeat(self, **kwargs):
        assert kwargs["LifecycleActionToken"] == "token-1"
        if scenario.get("actionGone"):
            raise ClientError("ValidationError")
        state["heartbeats"] += 1

boto3 = types.ModuleType("boto3")
boto3.client = lambda name: SecretsManager() if name == "secretsmanager" else AutoScaling()
sys.modules["boto3"] = boto3

def urlopen(request, timeout):
    assert request.full_url == "https://acme.app.spacelift.io/graphql"
    body = json.loads(request.data)
    query = body["query"]
    if state["failures"] > 0:
        state["failures"] -= 1
        raise urllib.error.URLError("connection refused")
    if "apiKeyUser" in query:
        assert body["variables"] == {"id": "KEY", "secret": "s3cr3t"}
        data = {"apiKeyUser": {"jwt": "JWT"}}
    else:
        assert request.headers["Authorization"] == "Bearer JWT"
        polls = scenario["polls"]
        if "workerPool(id" in query:
            state["poll"] = min(state["poll"] + 1, len(polls) - 1)
            data = {"workerPool": {"workers": [{"id": w["id"], "metadata": w["metadata"]} for w in polls[state["poll"]]]}}
        else:
            worker = body["variables"]["id"]
            state["drained"].append(worker)
            busy = next(w["busy"] for w in polls[state["poll"]] if w["id"] == worker)
            data = {"workerDrainSet": {"id": worker, "busy": busy}}
    return io.BytesIO(json.dumps({"data": data}).encode())

import urllib.error
urllib.request.urlopen = urlopen
import time
time.time = lambda: state["clock"]
time.sleep = lambda seconds: state.__setitem__("clock", state["clock"] + seconds)

namespace = {}
exec(open(sys.argv[1]).read(), namespace)
events = {
    "instance_id": "i-1", "asg_name": "pool", "hook_name": "spacelift-drain", "action_token": "token-1",
    "worker_pool_id": "POOL", "api_endpoint": "https://acme.app.spacelift.io", "api_key_secret_arn": "arn:drain-key",
    "window_seconds": 540, "poll_seconds": 30,
}
result = namespace["handler"](events, None)
print(json.dumps({"result": result, "drained": state["drained"], "heartbeats": state["heartbeats"], "clock": state["clock"]}))
`;

interface Worker {
  readonly id: string;
  readonly metadata: string;
  readonly busy: boolean;
}

interface Outcome {
  readonly result: { busy: boolean; workers?: string[] };
  readonly drained: string[];
  readonly heartbeats: number;
  readonly clock: number;
}

const on = (instance: string): string => JSON.stringify({ instance_id: instance, asg_id: "pool" });

/** The script tests need a local python3 (SSM runs 3.11); without one they are skipped, loudly. */
const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
const describeWithPython = python.status === 0 ? describe : describe.skip;
if (python.status !== 0) {
  console.warn("SKIPPED: the drain script tests need python3 on PATH; the script itself was not exercised.");
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "drain-"));
  writeFileSync(join(dir, "drain.py"), DRAIN_SCRIPT);
  writeFileSync(join(dir, "harness.py"), HARNESS);
  mkdirSync(join(dir, "empty"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runDrain(scenario: { polls: Worker[][]; failures?: number; actionGone?: boolean }): Outcome {
  const result = spawnSync(
    "python3",
    [join(dir, "harness.py"), join(dir, "drain.py"), JSON.stringify(scenario)],
    {
      encoding: "utf8",
      cwd: join(dir, "empty"),
    },
  );
  if (result.status !== 0) throw new Error(`drain script failed: ${result.stderr}`);
  const lines = result.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1] ?? "") as Outcome;
}

describeWithPython("drain script", () => {
  it("drains every worker of the instance and lets it go once none is busy", () => {
    const outcome = runDrain({
      polls: [
        [
          { id: "W2", metadata: on("i-1"), busy: true },
          { id: "W1", metadata: on("i-1"), busy: false },
          { id: "OTHER", metadata: on("i-2"), busy: true },
        ],
        [
          { id: "W2", metadata: on("i-1"), busy: false },
          { id: "W1", metadata: on("i-1"), busy: false },
          { id: "OTHER", metadata: on("i-2"), busy: true },
        ],
      ],
    });
    expect(outcome.result).toEqual({ busy: false, workers: ["W1", "W2"] });
    expect(outcome.drained).toEqual(["W1", "W2", "W1", "W2"]);
    expect(outcome.heartbeats).toBe(1);
  });

  it("lets an instance without workers go at once", () => {
    const outcome = runDrain({ polls: [[{ id: "OTHER", metadata: on("i-2"), busy: true }]] });
    expect(outcome.result).toEqual({ busy: false, workers: [] });
    expect(outcome.heartbeats).toBe(0);
  });

  it("holds the instance with heartbeats while a run is in flight, for one window", () => {
    const outcome = runDrain({ polls: [[{ id: "W1", metadata: on("i-1"), busy: true }]] });
    expect(outcome.result).toEqual({ busy: true });
    expect(outcome.heartbeats).toBe(18);
    expect(outcome.clock).toBeLessThanOrEqual(540);
  });

  it("keeps holding the instance while the Spacelift API fails, then drains", () => {
    const outcome = runDrain({ failures: 2, polls: [[{ id: "W1", metadata: on("i-1"), busy: false }]] });
    expect(outcome.result).toEqual({ busy: false, workers: ["W1"] });
    expect(outcome.heartbeats).toBe(2);
  });

  it("stops when the lifecycle action no longer exists", () => {
    const outcome = runDrain({ actionGone: true, polls: [[{ id: "W1", metadata: on("i-1"), busy: true }]] });
    expect(outcome.result).toEqual({ busy: false, workers: [] });
  });

  it("ignores workers whose metadata is not JSON", () => {
    const outcome = runDrain({ polls: [[{ id: "W1", metadata: "not json", busy: true }]] });
    expect(outcome.result).toEqual({ busy: false, workers: [] });
  });
});

describe("drain script text", () => {
  it("has no Terraform template sequence", () => {
    expect(DRAIN_SCRIPT).not.toMatch(/\$\{|%\{/);
  });
});

describe("drain runbook", () => {
  const runbook = JSON.parse(
    drainRunbook({
      automationRoleArn: "arn:aws:iam::111111111111:role/pool-drain",
      workerPoolId: "POOL",
      spaceliftApiEndpoint: "https://acme.app.spacelift.io",
      apiKeySecretArn: "arn:drain-key",
      iterations: 14,
      windowSeconds: 540,
      pollSeconds: 30,
    }),
  ) as {
    schemaVersion: string;
    assumeRole: string;
    mainSteps: { name: string; action: string; inputs: Record<string, unknown> }[];
  };

  it("is an Automation document assuming the drain role", () => {
    expect(runbook).toMatchObject({
      schemaVersion: "0.3",
      assumeRole: "arn:aws:iam::111111111111:role/pool-drain",
    });
  });

  it("loops the script while a worker is busy, at most the configured iterations", () => {
    expect(runbook.mainSteps[0]).toMatchObject({
      action: "aws:loop",
      inputs: {
        MaxIterations: 14,
        LoopCondition: { Variable: "{{ drainWorkers.Busy }}", BooleanEquals: true },
        Steps: [
          {
            name: "drainWorkers",
            action: "aws:executeScript",
            inputs: { Runtime: "python3.11", Handler: "handler", Script: DRAIN_SCRIPT },
            outputs: [{ Name: "Busy", Selector: "$.Payload.busy", Type: "Boolean" }],
          },
        ],
      },
    });
  });

  it("completes the lifecycle action with CONTINUE last", () => {
    expect(runbook.mainSteps[1]).toMatchObject({
      action: "aws:executeAwsApi",
      inputs: { Service: "autoscaling", Api: "CompleteLifecycleAction", LifecycleActionResult: "CONTINUE" },
      isEnd: true,
    });
  });
});
