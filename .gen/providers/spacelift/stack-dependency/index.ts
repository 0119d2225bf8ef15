// https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack_dependency
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface StackDependencyConfig extends cdktf.TerraformMetaArguments {
  /**
  * immutable ID (slug) of stack to depend on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack_dependency#depends_on_stack_id StackDependency#depends_on_stack_id}
  */
  readonly dependsOnStackId: string;
  /**
  * immutable ID (slug) of stack which has a dependency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack_dependency#stack_id StackDependency#stack_id}
  */
  readonly stackId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack_dependency spacelift_stack_dependency}
*/
export class StackDependency extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "spacelift_stack_dependency";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a StackDependency resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the StackDependency to import
  * @param importFromId The id of the existing StackDependency that should be imported. Refer to the {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack_dependency#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the StackDependency to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "spacelift_stack_dependency", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack_dependency spacelift_stack_dependency} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options StackDependencyConfig
  */
  public constructor(scope: Construct, id: string, config: StackDependencyConfig) {
    super(scope, id, {
      terraformResourceType: 'spacelift_stack_dependency',
      terraformGeneratorMetadata: {
        providerName: 'spacelift',
        providerVersion: '1.53.5',
        providerVersionConstraint: '1.53.5'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._dependsOnStackId = config.dependsOnStackId;
    this._stackId = config.stackId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // depends_on_stack_id - computed: false, optional: false, required: true
  private _dependsOnStackId?: string; 
  public get dependsOnStackId() {
    return this.getStringAttribute('depends_on_stack_id');
  }
  public set dependsOnStackId(value: string) {
    this._dependsOnStackId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dependsOnStackIdInput() {
    return this._dependsOnStackId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // stack_id - computed: false, optional: false, required: true
  private _stackId?: string; 
  public get stackId() {
    return this.getStringAttribute('stack_id');
  }
  public set stackId(value: string) {
    this._stackId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get stackIdInput() {
    return this._stackId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      depends_on_stack_id: cdktf.stringToTerraform(this._dependsOnStackId),
      stack_id: cdktf.stringToTerraform(this._stackId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      depends_on_stack_id: {
        value: cdktf.stringToHclTerraform(this._dependsOnStackId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stack_id: {
        value: cdktf.stringToHclTerraform(this._stackId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
