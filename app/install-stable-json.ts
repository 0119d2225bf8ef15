/**
 * Imported for its effect, before anything loads cdktf (first import of app/load.ts): cdktf keeps
 * the `json-stable-stringify` it loads at start-up, so {@link installStableJson} must come first.
 */
import { installStableJson } from "./stable-json";

installStableJson();
