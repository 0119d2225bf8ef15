/**
 * Synchronous HCL → JSON for `!include file.tfvars|.hcl|.tf`, through `@cdktf/hcl2json` (the
 * cdktf toolchain's HCL parser, Go compiled to wasm). Its `parse` is async and the engine is
 * synchronous, so the parser runs in one worker thread started on the first HCL include; the
 * engine blocks on `Atomics.wait` until the worker answers and takes the reply with
 * `receiveMessageOnPort`. Manifests without HCL includes never start the worker.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

/** The worker's reply for one file. */
type Reply = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly error: string };

// The worker is plain JS (eval) so it runs the same under ts-jest, tsx and compiled output.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { parse } = require(workerData.hcl2json);
parentPort.on("message", async ({ port, flag, filename, contents }) => {
  let reply;
  try {
    reply = { ok: true, json: JSON.stringify(await parse(filename, contents)) };
  } catch (e) {
    reply = { ok: false, error: String((e && e.message) || e) };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** Longest wait for one file (the first call also loads the wasm, ~0.3 s). */
const TIMEOUT_MS = 30_000;

let worker: Worker | undefined;

function hclWorker(): Worker {
  if (!worker) {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { hcl2json: require.resolve("@cdktf/hcl2json") },
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
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  hclWorker().postMessage({ port: port2, flag, filename, contents }, [port2]);
  const waited = Atomics.wait(flag, 0, 0, TIMEOUT_MS);
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (waited === "timed-out" || !message)
    throw new Error(`the HCL parser did not answer within ${TIMEOUT_MS} ms`);
  const reply = message.message as Reply;
  if (!reply.ok) throw new Error(reply.error);
  return JSON.parse(reply.json) as unknown;
}
