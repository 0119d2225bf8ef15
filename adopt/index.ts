export { readInventory, parseInventory } from "./inventory";
export { planAdoption, isSafe, newResources, type AdoptionPlan } from "./plan";
export { renderJson, renderText } from "./report";
export { isStateReadError, parseState, readStateFile, StateReadError, type StateResource } from "./state";
export { adoptionFile, ADOPTION_FILE_NAME, releaseFiles, type AdoptionFile } from "./write";
