/**
 * The drain runbook: an SSM Automation document started by EventBridge for every
 * `EC2_INSTANCE_TERMINATING` lifecycle action of the pool's group. Its script step (Python, inline, so
 * nothing is packaged or downloaded) marks the instance's Spacelift workers as drained with
 * `workerDrainSet`, holds the lifecycle action with heartbeats while any of them is busy, and the
 * runbook then completes the action so the instance terminates only once its runs are done.
 */

/** Name of the lifecycle hook the runbook completes. */
export const DRAIN_HOOK_NAME = "spacelift-drain";

/**
 * The Python step, run once per loop iteration for up to `window_seconds`. It returns
 * `{"busy": true}` while a run is in flight (the loop calls it again) and `{"busy": false}` once every
 * worker on the instance is idle or gone. API failures keep the instance held: a run may be in flight.
 * Kept free of `${` and `%{`: the document travels inside a Terraform string.
 */
export const DRAIN_SCRIPT = `import json
import time
import urllib.error
import urllib.request

import boto3
import botocore.exceptions

API_KEY_MUTATION = """
mutation DrainApiKey($id: ID!, $secret: String!) {
  apiKeyUser(id: $id, secret: $secret) { jwt }
}
"""

WORKERS_QUERY = """
query DrainWorkers($id: ID!) {
  workerPool(id: $id) { workers { id metadata } }
}
"""

DRAIN_MUTATION = """
mutation DrainWorker($workerPool: ID!, $id: ID!) {
  workerDrainSet(workerPool: $workerPool, id: $id, drain: true) { id busy }
}
"""


def graphql(endpoint, query, variables, jwt=None):
    headers = {"Content-Type": "application/json"}
    if jwt is not None:
        headers["Authorization"] = "Bearer " + jwt
    body = json.dumps({"query": query, "variables": variables}).encode("utf-8")
    request = urllib.request.Request(endpoint + "/graphql", data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        payload = json.loads(response.read().decode("utf-8"))
    if payload.get("errors"):
        raise RuntimeError("Spacelift API error: " + json.dumps(payload["errors"]))
    return payload["data"]


def login(events):
    secret = boto3.client("secretsmanager").get_secret_value(SecretId=events["api_key_secret_arn"])
    key = json.loads(secret["SecretString"])
    variables = {"id": key["SPACELIFT_API_KEY_ID"], "secret": key["SPACELIFT_API_KEY_SECRET"]}
    return graphql(events["api_endpoint"], API_KEY_MUTATION, variables)["apiKeyUser"]["jwt"]


def instance_of(worker):
    metadata = worker.get("metadata")
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except ValueError:
            return None
    return metadata.get("instance_id") if isinstance(metadata, dict) else None


def drain(events, jwt):
    """Drains every worker of the instance (one per launcher unit); returns (workers, busy workers)."""
    pool = events["worker_pool_id"]
    data = graphql(events["api_endpoint"], WORKERS_QUERY, {"id": pool}, jwt)
    workers = sorted(w["id"] for w in data["workerPool"]["workers"] if instance_of(w) == events["instance_id"])
    busy = []
    for worker in workers:
        result = graphql(events["api_endpoint"], DRAIN_MUTATION, {"workerPool": pool, "id": worker}, jwt)
        if result["workerDrainSet"]["busy"]:
            busy.append(worker)
    return workers, busy


def heartbeat(autoscaling, events):
    """Extends the lifecycle action; False when it no longer exists (completed or expired)."""
    try:
        autoscaling.record_lifecycle_action_heartbeat(
            AutoScalingGroupName=events["asg_name"],
            LifecycleHookName=events["hook_name"],
            LifecycleActionToken=events["action_token"],
            InstanceId=events["instance_id"],
        )
        return True
    except botocore.exceptions.ClientError as error:
        if error.response.get("Error", {}).get("Code") == "ValidationError":
            print("lifecycle action no longer exists: " + str(error))
            return False
        raise


def handler(events, context):
    autoscaling = boto3.client("autoscaling")
    deadline = time.time() + int(events["window_seconds"])
    poll = int(events["poll_seconds"])
    jwt = None
    while True:
        try:
            if jwt is None:
                jwt = login(events)
            workers, busy = drain(events, jwt)
            print("instance " + events["instance_id"] + ": workers " + json.dumps(workers) + ", busy " + json.dumps(busy))
            if not busy:
                return {"busy": False, "workers": workers}
        except (urllib.error.URLError, RuntimeError, KeyError, TypeError, ValueError) as error:
            print("drain attempt failed, holding the instance: " + repr(error))
            jwt = None
        if not heartbeat(autoscaling, events):
            return {"busy": False, "workers": []}
        if time.time() + poll >= deadline:
            return {"busy": True}
        time.sleep(poll)
`;

/** What the runbook needs; strings may be Terraform tokens. */
export interface DrainRunbookOptions {
  readonly automationRoleArn: string;
  readonly workerPoolId: string;
  readonly spaceliftApiEndpoint: string;
  readonly apiKeySecretArn: string;
  /** Loop iterations (each up to `windowSeconds`): the longest drain is their product. */
  readonly iterations: number;
  readonly windowSeconds: number;
  readonly pollSeconds: number;
}

/** The Automation document (schema 0.3) as JSON. */
export function drainRunbook(o: DrainRunbookOptions): string {
  const parameter = (description: string): { type: string; description: string } => ({
    type: "String",
    description,
  });
  return JSON.stringify({
    schemaVersion: "0.3",
    description:
      "Drains the Spacelift workers of a terminating instance, then completes its lifecycle action (spacelift-atmos).",
    assumeRole: o.automationRoleArn,
    parameters: {
      InstanceId: parameter("EC2 instance being terminated."),
      AutoScalingGroupName: parameter("Its auto-scaling group."),
      LifecycleHookName: parameter("The terminating lifecycle hook."),
      LifecycleActionToken: parameter("The lifecycle action to hold and complete."),
    },
    mainSteps: [
      {
        name: "drainUntilIdle",
        action: "aws:loop",
        inputs: {
          MaxIterations: o.iterations,
          LoopCondition: { Variable: "{{ drainWorkers.Busy }}", BooleanEquals: true },
          Steps: [
            {
              name: "drainWorkers",
              action: "aws:executeScript",
              timeoutSeconds: 600,
              inputs: {
                Runtime: "python3.11",
                Handler: "handler",
                Script: DRAIN_SCRIPT,
                InputPayload: {
                  instance_id: "{{ InstanceId }}",
                  asg_name: "{{ AutoScalingGroupName }}",
                  hook_name: "{{ LifecycleHookName }}",
                  action_token: "{{ LifecycleActionToken }}",
                  worker_pool_id: o.workerPoolId,
                  api_endpoint: o.spaceliftApiEndpoint,
                  api_key_secret_arn: o.apiKeySecretArn,
                  window_seconds: o.windowSeconds,
                  poll_seconds: o.pollSeconds,
                },
              },
              outputs: [{ Name: "Busy", Selector: "$.Payload.busy", Type: "Boolean" }],
            },
          ],
        },
      },
      {
        name: "completeLifecycleAction",
        action: "aws:executeAwsApi",
        inputs: {
          Service: "autoscaling",
          Api: "CompleteLifecycleAction",
          AutoScalingGroupName: "{{ AutoScalingGroupName }}",
          LifecycleHookName: "{{ LifecycleHookName }}",
          LifecycleActionToken: "{{ LifecycleActionToken }}",
          InstanceId: "{{ InstanceId }}",
          LifecycleActionResult: "CONTINUE",
        },
        isEnd: true,
      },
    ],
  });
}
