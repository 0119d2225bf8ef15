/** The construct layer's public API (re-exports only). */
export { AdminStack, type AdminStackProps } from "./admin-stack";
export { buildApp, type BuildAppOptions } from "./app";
export { AtmosStack, type AtmosStackProps } from "./atmos-stack";
export { ChildStack, type ChildStackProps } from "./child-stack";
export { Policy, type PolicyProps, type PolicyBodySource } from "./policy";
export { Space, type SpaceProps } from "./space";
export { SpacesStack, type SpacesStackProps } from "./spaces-stack";
export { StackDestructor, type StackDestructorProps } from "./stack-destructor";
