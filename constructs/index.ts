/** The construct layer's public API (re-exports only). */
export { AdminStack, type AdminStackProps } from "./admin-stack";
export { buildApp, type BuildAppOptions } from "./app";
export { AtmosStack, type AtmosStackProps } from "./atmos-stack";
export { ChildStack, type ChildStackProps } from "./child-stack";
export { Policy, type PolicyProps, type PolicyBodySource } from "./policy";
export { PreviewEnvironment, type PreviewEnvironmentProps } from "./preview-environment";
export { PreviewEnvironmentsStack, type PreviewEnvironmentsStackProps } from "./preview-environments-stack";
export { Space, type SpaceProps } from "./space";
export { SpacesStack, type SpacesStackProps } from "./spaces-stack";
export { StackDestructor, type StackDestructorProps } from "./stack-destructor";
export { StateBackend, type StateBackendProps } from "./state-backend";
export { StateBackendStack, type StateBackendStackProps } from "./state-backend-stack";
export { WorkerPool, type WorkerPoolProps, type WorkerPoolSpace } from "./worker-pool";
export { WorkerPoolAsg, type WorkerPoolAsgProps } from "./worker-pool-asg";
export { WorkerPoolStack, type WorkerPoolStackProps } from "./worker-pool-stack";
