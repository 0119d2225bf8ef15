/** The Spacelift model: typed Spacelift configuration derived from resolved atmos stacks. */
export { buildSpaceliftModel, type BuildModelOptions } from "./build-model";
export type { PolicyCatalog } from "./spaces-config";
export * from "./types";
export { readIntegrationConfig, type IntegrationConfig, type Implementation } from "./integration-config";
export type {
  PreviewEnvironmentModel,
  PreviewEnvironmentsConfig,
  PreviewPullRequest,
  PreviewServiceModel,
} from "./preview-types";
