import type { Construct } from "constructs";
import type { AppComponentModel, PolicyModel, SpaceModel } from "../model";
import { AtmosStack, type AtmosStackProps } from "./atmos-stack";
import { Policy } from "./policy";
import { SpaceliftLookups } from "./private/lookups";
import { Space } from "./space";

/** Props of {@link SpacesStack}. */
export interface SpacesStackProps extends Omit<AtmosStackProps, "component"> {
  /** The spaces component instance. */
  readonly component: AppComponentModel;
  /** The spaces it declares. */
  readonly spaces: readonly SpaceModel[];
  /** The policies it declares. */
  readonly policies: readonly PolicyModel[];
}

/**
 * The spaces component: a tree of spaces declared by name (parents resolved to ids here, unlike
 * Cloud Posse's component which takes raw ids) and the policies that live in them.
 */
export class SpacesStack extends AtmosStack {
  /** The spaces, by name. */
  readonly spaces: ReadonlyMap<string, Space>;

  constructor(scope: Construct, props: SpacesStackProps) {
    super(scope, props);
    const lookups = new SpaceliftLookups(this, "lookups");
    const spaces = new Map<string, Space>();
    const declared = new Map(props.spaces.map((s) => [s.name, s]));
    const create = (model: SpaceModel): Space => {
      const existing = spaces.get(model.name);
      if (existing) return existing;
      const parentModel = declared.get(model.parentName);
      const space = new Space(this, `space-${model.name}`, {
        name: model.name,
        parentSpaceId: parentModel ? create(parentModel).spaceId : model.parentName,
        ...(model.description !== undefined ? { description: model.description } : {}),
        inheritEntities: model.inheritEntities,
        labels: model.labels,
      });
      if (!parentModel && model.parentName !== "root" && model.parentName !== "legacy") {
        space.resource.parentSpaceId = lookups.spaceId(
          model.parentName,
          space.resource,
          "Create the parent space first.",
        );
      }
      spaces.set(model.name, space);
      return space;
    };
    for (const model of [...props.spaces].sort((a, b) => (a.name < b.name ? -1 : 1))) create(model);
    this.spaces = spaces;

    for (const p of [...props.policies].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const space = spaces.get(p.spaceName);
      const policy = new Policy(this, `policy-${p.name}`, {
        name: p.name,
        type: p.type,
        engineType: p.engineType,
        body: p.body.kind === "url" ? { url: p.body.url } : { text: p.body.text },
        spaceId: space ? space.spaceId : p.spaceName,
        labels: p.labels,
        ...(p.description !== undefined ? { description: p.description } : {}),
      });
      if (!space && p.spaceName !== "root" && p.spaceName !== "legacy") {
        policy.resource.spaceId = lookups.spaceId(p.spaceName, policy.resource, "Create the space first.");
      }
    }
  }
}
