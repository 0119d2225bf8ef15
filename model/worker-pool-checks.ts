/**
 * Cross-var rules of the worker pool: errors for input AWS or Spacelift would reject (or accept and
 * misbehave on), warnings for settings weaker than this app's defaults and for vars with no effect.
 * Each rule is a row of a table so a new rule is one entry.
 */
import type { ReportFn } from "./worker-pool-config";
import { WORKER_POOL_CODES } from "./worker-pool-errors";
import type { WorkerPoolVars } from "./worker-pool-vars";

type Path = readonly (string | number)[];

/** One finding of a rule: where, what, and what to do. */
interface Finding {
  readonly path: Path;
  readonly message: string;
  readonly hint: string;
}

interface Rule {
  readonly severity: "error" | "warning";
  readonly code: (typeof WORKER_POOL_CODES)[keyof typeof WORKER_POOL_CODES];
  readonly check: (vars: WorkerPoolVars) => readonly Finding[];
}

const ONE_DAY = 86400;
const ONE_YEAR = 31536000;
/** One drain iteration waits at most this long (the automation's script step is capped at 600 s). */
export const DRAIN_WINDOW_SECONDS = 540;
/** `aws:loop` runs at most 100 iterations. */
const DRAIN_MAX_ITERATIONS = 100;

const RULES: readonly Rule[] = [
  {
    severity: "error",
    code: WORKER_POOL_CODES.invalidCapacity,
    check: ({ min_size: min, max_size: max, desired_capacity: desired }) => [
      ...(isSet(min) && isSet(max) && min > max
        ? [
            finding(
              ["min_size"],
              `\`min_size\` (${min}) is greater than \`max_size\` (${max})`,
              "lower `min_size` or raise `max_size`",
            ),
          ]
        : []),
      ...(isSet(desired) && ((isSet(min) && desired < min) || (isSet(max) && desired > max))
        ? [
            finding(
              ["desired_capacity"],
              `\`desired_capacity\` (${desired}) is outside \`min_size\`..\`max_size\` (${min ?? "?"}..${max ?? "?"})`,
              "leave `desired_capacity` unset: the scaler owns it",
            ),
          ]
        : []),
    ],
  },
  {
    severity: "error",
    code: WORKER_POOL_CODES.invalidVar,
    check: ({ spacelift_agents_per_node: agents }) =>
      isSet(agents) && (!Number.isInteger(agents) || agents < 1)
        ? [
            finding(
              ["spacelift_agents_per_node"],
              `\`spacelift_agents_per_node\` must be a whole number of at least 1, got ${agents}`,
              "each agent is one `spacelift@N` launcher unit; use 1 for one agent per instance",
            ),
          ]
        : [],
  },
  {
    severity: "error",
    code: WORKER_POOL_CODES.invalidVar,
    check: (v) => {
      const high = v.cpu_utilization_high_threshold_percent ?? 10;
      const low = v.cpu_utilization_low_threshold_percent ?? 5;
      return low >= high
        ? [
            finding(
              ["cpu_utilization_low_threshold_percent"],
              `\`cpu_utilization_low_threshold_percent\` (${low}) must be below \`cpu_utilization_high_threshold_percent\` (${high})`,
              "otherwise both alarms fire together and the group flaps",
            ),
          ]
        : [];
    },
  },
  {
    severity: "error",
    code: WORKER_POOL_CODES.spotPriceWithoutSpot,
    check: (v) => {
      const d = v.mixed_instances_policy?.instances_distribution;
      const price = d?.spot_max_price;
      if (d === undefined || d === null || price === undefined || price === null || price === "") return [];
      const percentage = d.on_demand_percentage_above_base_capacity ?? 100;
      const base = d.on_demand_base_capacity ?? 0;
      const onDemandOnly = percentage === 100 || (isSet(v.max_size) && base >= v.max_size);
      return onDemandOnly
        ? [
            finding(
              ["mixed_instances_policy", "instances_distribution", "spot_max_price"],
              `\`spot_max_price\` is set to "${price}" but the pool never launches spot instances (on_demand_percentage_above_base_capacity = ${percentage}, on_demand_base_capacity = ${base}, max_size = ${v.max_size ?? "?"})`,
              "lower `on_demand_percentage_above_base_capacity` below 100 to use spot, or remove `spot_max_price`",
            ),
          ]
        : [];
    },
  },
  {
    severity: "error",
    code: WORKER_POOL_CODES.invalidVar,
    check: ({ instance_lifetime: lifetime }) =>
      isSet(lifetime) && lifetime !== 0 && (lifetime < ONE_DAY || lifetime > ONE_YEAR)
        ? [
            finding(
              ["instance_lifetime"],
              `\`instance_lifetime\` must be 0 (no limit) or between ${ONE_DAY} and ${ONE_YEAR} seconds, got ${lifetime}`,
              "AWS rejects other values of max_instance_lifetime",
            ),
          ]
        : [],
  },
  {
    // The region reaches IAM policies, the provider and the drain runbook: only AWS region names
    // (never text Terraform would evaluate, such as `${...}`).
    severity: "error",
    code: WORKER_POOL_CODES.invalidVar,
    check: ({ region }) =>
      isSet(region) && region !== "" && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)
        ? [finding(["region"], `\`region\` must be an AWS region name, got "${region}"`, "e.g. us-east-1")]
        : [],
  },
  {
    severity: "error",
    code: WORKER_POOL_CODES.invalidVar,
    check: ({ spacelift_api_endpoint: endpoint }) =>
      isSet(endpoint) && endpoint !== "" && !/^https:\/\/[^/\s]+\/?$/.test(endpoint)
        ? [
            finding(
              ["spacelift_api_endpoint"],
              `\`spacelift_api_endpoint\` must be an https URL without a path, got "${endpoint}"`,
              "e.g. https://acme.app.spacelift.io",
            ),
          ]
        : [],
  },
  {
    severity: "error",
    code: WORKER_POOL_CODES.invalidVar,
    check: (v) => {
      if (v.drain_enabled === false) return [];
      const heartbeat = v.drain_heartbeat_timeout ?? 300;
      const timeout = v.drain_timeout ?? 7200;
      // The lifecycle action expires after 100 heartbeats at most, and the drain loop runs 100 windows at most.
      const limit = Math.min(heartbeat * 100, DRAIN_WINDOW_SECONDS * DRAIN_MAX_ITERATIONS);
      return timeout > limit
        ? [
            finding(
              ["drain_timeout"],
              `\`drain_timeout\` (${timeout} s) exceeds what the lifecycle hook can hold (${limit} s with \`drain_heartbeat_timeout\` = ${heartbeat} s)`,
              "raise `drain_heartbeat_timeout` or lower `drain_timeout`",
            ),
          ]
        : [];
    },
  },
  {
    severity: "warning",
    code: WORKER_POOL_CODES.weakerSetting,
    check: ({ metadata_http_put_response_hop_limit: hops }) =>
      isSet(hops) && hops > 1
        ? [
            finding(
              ["metadata_http_put_response_hop_limit"],
              `\`metadata_http_put_response_hop_limit\` is ${hops}: run containers can reach the instance metadata service and the instance role's credentials`,
              "keep the default 1 and give runs credentials through Spacelift AWS integrations",
            ),
          ]
        : [],
  },
  {
    severity: "warning",
    code: WORKER_POOL_CODES.weakerSetting,
    check: ({ associate_public_ip_address: publicIp }) =>
      publicIp === true
        ? [
            finding(
              ["associate_public_ip_address"],
              "`associate_public_ip_address` is true: workers get public IP addresses",
              "keep workers in private subnets with NAT egress",
            ),
          ]
        : [],
  },
  {
    severity: "warning",
    code: WORKER_POOL_CODES.weakerSetting,
    check: (v) =>
      (v.block_device_mappings ?? []).flatMap((m, i) => [
        ...(m.ebs?.encrypted === false
          ? [
              finding(
                ["block_device_mappings", i, "ebs", "encrypted"],
                `volume ${m.device_name} is unencrypted (\`encrypted: false\`)`,
                "remove `encrypted: false`: this app encrypts volumes by default",
              ),
            ]
          : []),
        ...(m.ebs?.volume_type === "gp2" || m.ebs?.volume_type === "standard"
          ? [
              finding(
                ["block_device_mappings", i, "ebs", "volume_type"],
                `volume ${m.device_name} uses ${m.ebs.volume_type}: slower and dearer than gp3`,
                "use gp3 (this app's default)",
              ),
            ]
          : []),
      ]),
  },
  {
    severity: "warning",
    code: WORKER_POOL_CODES.weakerSetting,
    check: ({ spacelift_launcher_gpg_verification: gpg }) =>
      gpg === false
        ? [
            finding(
              ["spacelift_launcher_gpg_verification"],
              "the launcher's checksum file is not verified against Spacelift's GPG signature",
              "only disable it where keys.openpgp.org is unreachable; the sha256 checksum is still verified",
            ),
          ]
        : [],
  },
  {
    severity: "warning",
    code: WORKER_POOL_CODES.weakerSetting,
    check: ({ drain_enabled: drain }) =>
      drain === false
        ? [
            finding(
              ["drain_enabled"],
              "draining is disabled: scale-in, instance refresh and `instance_lifetime` replacements can kill in-flight runs",
              "keep `drain_enabled` true",
            ),
          ]
        : [],
  },
  {
    severity: "warning",
    code: WORKER_POOL_CODES.ignoredVar,
    check: (v) => [
      ...(isSet(v.launch_template_version)
        ? [
            finding(
              ["launch_template_version"],
              "`launch_template_version` has no effect (Cloud Posse's component ignores it too)",
              "remove it: the group always uses the launch template's latest version, so a change triggers the instance refresh",
            ),
          ]
        : []),
      ...(isSet(v.id_length_limit)
        ? [
            finding(
              ["id_length_limit"],
              "`id_length_limit` is not applied to the worker pool's names",
              "shorten `name` or the other labels instead",
            ),
          ]
        : []),
      ...(isSet(v.spacelift_ami_id) && v.spacelift_ami_id !== "" && v.custom_spacelift_ami === true
        ? [
            finding(
              ["custom_spacelift_ami"],
              "`custom_spacelift_ami` has no effect when `spacelift_ami_id` is set",
              "remove one of them",
            ),
          ]
        : []),
    ],
  },
];

/** Runs every rule over the schema-checked vars. */
export function checkWorkerPoolVars(vars: WorkerPoolVars, report: ReportFn): void {
  for (const rule of RULES) {
    for (const f of rule.check(vars)) report(rule.severity, rule.code, f.path, f.message, f.hint);
  }
}

function finding(path: Path, message: string, hint: string): Finding {
  return { path, message, hint };
}

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}
