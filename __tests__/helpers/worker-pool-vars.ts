import type { JsonMap } from "../../config-engine/types";

/**
 * Valid vars of a worker-pool component (stack `core-ue1-auto`, 1–3 instances, an explicit AMI),
 * with `overrides` on top: the one pool definition the construct, stack and model tests share.
 */
export function workerPoolVars(overrides: JsonMap = {}): JsonMap {
  return {
    namespace: "acme",
    tenant: "core",
    environment: "ue1",
    stage: "auto",
    name: "spacelift-worker-pool",
    region: "us-east-1",
    spacelift_api_endpoint: "https://acme.app.spacelift.io",
    min_size: 1,
    max_size: 3,
    vpc_id: "vpc-0123456789abcdef0",
    private_subnet_ids: ["subnet-0123456789abcdef0"],
    spacelift_runner_image: "111111111111.dkr.ecr.us-east-1.amazonaws.com/infrastructure:latest",
    worker_role_arns: ["arn:aws:iam::222222222222:role/spacelift"],
    spacelift_ami_id: "ami-0123456789abcdef0",
    ...overrides,
  };
}
