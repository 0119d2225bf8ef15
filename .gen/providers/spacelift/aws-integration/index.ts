// https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AwsIntegrationConfig extends cdktf.TerraformMetaArguments {
  /**
  * Enables `autoattach:` labels functionality for this integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#autoattach_enabled AwsIntegration#autoattach_enabled}
  */
  readonly autoattachEnabled?: boolean | cdktf.IResolvable;
  /**
  * Duration in seconds for which the assumed role credentials should be valid. Defaults to `900`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#duration_seconds AwsIntegration#duration_seconds}
  */
  readonly durationSeconds?: number;
  /**
  * Custom external ID (works only for private workers).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#external_id AwsIntegration#external_id}
  */
  readonly externalId?: string;
  /**
  * Generate AWS credentials in the private worker. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#generate_credentials_in_worker AwsIntegration#generate_credentials_in_worker}
  */
  readonly generateCredentialsInWorker?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#id AwsIntegration#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Labels to set on the integration
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#labels AwsIntegration#labels}
  */
  readonly labels?: string[];
  /**
  * The friendly name of the integration
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#name AwsIntegration#name}
  */
  readonly name: string;
  /**
  * AWS region to select a regional AWS STS endpoint.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#region AwsIntegration#region}
  */
  readonly region?: string;
  /**
  * ARN of the AWS IAM role to attach
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#role_arn AwsIntegration#role_arn}
  */
  readonly roleArn: string;
  /**
  * ID (slug) of the space the integration is in
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#space_id AwsIntegration#space_id}
  */
  readonly spaceId?: string;
  /**
  * When enabled, Spacelift will tag the assume role action with run and stack metadata. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#tag_assume_role AwsIntegration#tag_assume_role}
  */
  readonly tagAssumeRole?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration spacelift_aws_integration}
*/
export class AwsIntegration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "spacelift_aws_integration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AwsIntegration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AwsIntegration to import
  * @param importFromId The id of the existing AwsIntegration that should be imported. Refer to the {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AwsIntegration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "spacelift_aws_integration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/aws_integration spacelift_aws_integration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AwsIntegrationConfig
  */
  public constructor(scope: Construct, id: string, config: AwsIntegrationConfig) {
    super(scope, id, {
      terraformResourceType: 'spacelift_aws_integration',
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
    this._autoattachEnabled = config.autoattachEnabled;
    this._durationSeconds = config.durationSeconds;
    this._externalId = config.externalId;
    this._generateCredentialsInWorker = config.generateCredentialsInWorker;
    this._id = config.id;
    this._labels = config.labels;
    this._name = config.name;
    this._region = config.region;
    this._roleArn = config.roleArn;
    this._spaceId = config.spaceId;
    this._tagAssumeRole = config.tagAssumeRole;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // autoattach_enabled - computed: false, optional: true, required: false
  private _autoattachEnabled?: boolean | cdktf.IResolvable; 
  public get autoattachEnabled() {
    return this.getBooleanAttribute('autoattach_enabled');
  }
  public set autoattachEnabled(value: boolean | cdktf.IResolvable) {
    this._autoattachEnabled = value;
  }
  public resetAutoattachEnabled() {
    this._autoattachEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoattachEnabledInput() {
    return this._autoattachEnabled;
  }

  // duration_seconds - computed: false, optional: true, required: false
  private _durationSeconds?: number; 
  public get durationSeconds() {
    return this.getNumberAttribute('duration_seconds');
  }
  public set durationSeconds(value: number) {
    this._durationSeconds = value;
  }
  public resetDurationSeconds() {
    this._durationSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get durationSecondsInput() {
    return this._durationSeconds;
  }

  // external_id - computed: false, optional: true, required: false
  private _externalId?: string; 
  public get externalId() {
    return this.getStringAttribute('external_id');
  }
  public set externalId(value: string) {
    this._externalId = value;
  }
  public resetExternalId() {
    this._externalId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalIdInput() {
    return this._externalId;
  }

  // generate_credentials_in_worker - computed: false, optional: true, required: false
  private _generateCredentialsInWorker?: boolean | cdktf.IResolvable; 
  public get generateCredentialsInWorker() {
    return this.getBooleanAttribute('generate_credentials_in_worker');
  }
  public set generateCredentialsInWorker(value: boolean | cdktf.IResolvable) {
    this._generateCredentialsInWorker = value;
  }
  public resetGenerateCredentialsInWorker() {
    this._generateCredentialsInWorker = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get generateCredentialsInWorkerInput() {
    return this._generateCredentialsInWorker;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // labels - computed: false, optional: true, required: false
  private _labels?: string[]; 
  public get labels() {
    return cdktf.Fn.tolist(this.getListAttribute('labels'));
  }
  public set labels(value: string[]) {
    this._labels = value;
  }
  public resetLabels() {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // role_arn - computed: false, optional: false, required: true
  private _roleArn?: string; 
  public get roleArn() {
    return this.getStringAttribute('role_arn');
  }
  public set roleArn(value: string) {
    this._roleArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get roleArnInput() {
    return this._roleArn;
  }

  // space_id - computed: true, optional: true, required: false
  private _spaceId?: string; 
  public get spaceId() {
    return this.getStringAttribute('space_id');
  }
  public set spaceId(value: string) {
    this._spaceId = value;
  }
  public resetSpaceId() {
    this._spaceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spaceIdInput() {
    return this._spaceId;
  }

  // tag_assume_role - computed: false, optional: true, required: false
  private _tagAssumeRole?: boolean | cdktf.IResolvable; 
  public get tagAssumeRole() {
    return this.getBooleanAttribute('tag_assume_role');
  }
  public set tagAssumeRole(value: boolean | cdktf.IResolvable) {
    this._tagAssumeRole = value;
  }
  public resetTagAssumeRole() {
    this._tagAssumeRole = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagAssumeRoleInput() {
    return this._tagAssumeRole;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      autoattach_enabled: cdktf.booleanToTerraform(this._autoattachEnabled),
      duration_seconds: cdktf.numberToTerraform(this._durationSeconds),
      external_id: cdktf.stringToTerraform(this._externalId),
      generate_credentials_in_worker: cdktf.booleanToTerraform(this._generateCredentialsInWorker),
      id: cdktf.stringToTerraform(this._id),
      labels: cdktf.listMapper(cdktf.stringToTerraform, false)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      region: cdktf.stringToTerraform(this._region),
      role_arn: cdktf.stringToTerraform(this._roleArn),
      space_id: cdktf.stringToTerraform(this._spaceId),
      tag_assume_role: cdktf.booleanToTerraform(this._tagAssumeRole),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      autoattach_enabled: {
        value: cdktf.booleanToHclTerraform(this._autoattachEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      duration_seconds: {
        value: cdktf.numberToHclTerraform(this._durationSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      external_id: {
        value: cdktf.stringToHclTerraform(this._externalId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      generate_credentials_in_worker: {
        value: cdktf.booleanToHclTerraform(this._generateCredentialsInWorker),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      labels: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._labels),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      role_arn: {
        value: cdktf.stringToHclTerraform(this._roleArn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      space_id: {
        value: cdktf.stringToHclTerraform(this._spaceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tag_assume_role: {
        value: cdktf.booleanToHclTerraform(this._tagAssumeRole),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
