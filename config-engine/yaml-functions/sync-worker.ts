/**
 * Synchronous calls into two wasm libraries whose loading is async, for `!include`:
 * - HCL → JSON (`file.tfvars|.hcl|.tf`) through `@cdktf/hcl2json` (the cdktf toolchain's HCL
 *   parser, Go compiled to wasm; `parse` is async);
 * - YQ-expression queries (`!include file.yaml .a.b[0]`) through `jq-web` (jq itself compiled
 *   to wasm; its module loads asynchronously).
 * The engine is synchronous, so both run in one worker thread started on the first call; the
 * engine blocks on `Atomics.wait` until the worker answers and takes the reply with
 * `receiveMessageOnPort`. Manifests that use neither never start the worker.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

/** The worker's reply for one file. */
type Reply = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly error: string };

// The worker is plain JS (eval) so it runs the same under ts-jest, tsx and compiled output.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
let hcl2json;
let jq;
parentPort.on("message", async ({ port, flag, op, filename, contents, input, filter }) => {
  let reply;
  try {
    // Loaded here, inside the try: a missing module is a reply, never a worker that dies while
    // the engine waits.
    let result;
    if (op === "hcl") {
      hcl2json ??= require(workerData.hcl2json);
      result = await hcl2json.parse(filename, contents);
    } else {
      jq ??= await require(workerData.jq);
      result = jq.json(JSON.parse(input), filter);
    }
    reply = { ok: true, json: JSON.stringify(result === undefined ? null : result) };
  } catch (e) {
    reply = { ok: false, error: String((e && e.message) || e) };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** Longest wait for one call (the first also loads the wasm, ~0.4 s). */
const TIMEOUT_MS = 30_000;

let worker: Worker | undefined;

/** The module's path; its bare name when it is not installed (the worker then replies with the error). */
function resolveModule(name: string): string {
  try {
    return require.resolve(name);
  } catch {
    return name;
  }
}

function wasmWorker(): Worker {
  if (!worker) {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { hcl2json: resolveModule("@cdktf/hcl2json"), jq: resolveModule("jq-web") },
    });
    // Never keep the process alive for the parser.
    worker.unref();
  }
  return worker;
}

/**
 * Parses HCL `contents` (named `filename` in messages) into JSON as hcl2json does: attributes as
 * values, blocks as maps of lists. Throws an Error carrying the parser's message.
 */
export function parseHclSync(filename: string, contents: string): unknown {
  return call({ op: "hcl", filename, contents });
}

/** Evaluates the jq `filter` over `input`; the first output (null when none). Throws jq's error. */
export function evalJqSync(input: unknown, filter: string): unknown {
  return call({ op: "jq", input: JSON.stringify(input), filter });
}

function call(request: Record<string, string>): unknown {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  wasmWorker().postMessage({ ...request, port: port2, flag }, [port2]);
  const waited = Atomics.wait(flag, 0, 0, TIMEOUT_MS);
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (waited === "timed-out" || !message)
    throw new Error(`the HCL/jq worker did not answer within ${TIMEOUT_MS} ms`);
  const reply = message.message as Reply;
  if (!reply.ok) throw new Error(reply.error);
  return JSON.parse(reply.json) as unknown;
}
