// https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AzureDevopsIntegrationConfig extends cdktf.TerraformMetaArguments {
  /**
  * Restrict the integration to specific Azure DevOps projects. Leave empty to allow all projects in the organization.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#accessible_projects AzureDevopsIntegration#accessible_projects}
  */
  readonly accessibleProjects?: string[];
  /**
  * Description of the integration
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#description AzureDevopsIntegration#description}
  */
  readonly description?: string;
  /**
  * Is the Azure DevOps integration the default for all spaces? If set to `true` the space must be set to `root` in `space_id` or left empty which uses the default
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#is_default AzureDevopsIntegration#is_default}
  */
  readonly isDefault?: boolean | cdktf.IResolvable;
  /**
  * Labels to set on the integration
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#labels AzureDevopsIntegration#labels}
  */
  readonly labels?: string[];
  /**
  * The friendly name of the integration
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#name AzureDevopsIntegration#name}
  */
  readonly name: string;
  /**
  * Organization URL where API requests will be sent
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#organization_url AzureDevopsIntegration#organization_url}
  */
  readonly organizationUrl: string;
  /**
  * The Azure DevOps personal access token
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#personal_access_token AzureDevopsIntegration#personal_access_token}
  */
  readonly personalAccessToken?: string;
  /**
  * `personal_access_token_wo` the Azure DevOps personal access token. The personal_access_token_wo is not stored in the state. Modify personal_access_token_wo_version to trigger an update. This field requires Terraform/OpenTofu 1.11+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#personal_access_token_wo AzureDevopsIntegration#personal_access_token_wo}
  */
  readonly personalAccessTokenWo?: string;
  /**
  * Used together with personal_access_token_wo to trigger an update to the personal access token. Increment this value when an update to personal_access_token_wo is required. This field requires Terraform/OpenTofu 1.11+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#personal_access_token_wo_version AzureDevopsIntegration#personal_access_token_wo_version}
  */
  readonly personalAccessTokenWoVersion?: number;
  /**
  * ID (slug) of the space the integration is in; Default: `root`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#space_id AzureDevopsIntegration#space_id}
  */
  readonly spaceId?: string;
  /**
  * Indicates whether the integration should use git checkout. If false source code will be downloaded using the VCS API. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#use_git_checkout AzureDevopsIntegration#use_git_checkout}
  */
  readonly useGitCheckout?: boolean | cdktf.IResolvable;
  /**
  * User facing host URL. Defaults to the organization URL if not set. Set this when using VCS agents.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#user_facing_host AzureDevopsIntegration#user_facing_host}
  */
  readonly userFacingHost?: string;
  /**
  * VCS checks configured for Azure DevOps repositories. Possible values: INDIVIDUAL, AGGREGATED, ALL. Defaults to INDIVIDUAL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#vcs_checks AzureDevopsIntegration#vcs_checks}
  */
  readonly vcsChecks?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration spacelift_azure_devops_integration}
*/
export class AzureDevopsIntegration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "spacelift_azure_devops_integration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AzureDevopsIntegration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AzureDevopsIntegration to import
  * @param importFromId The id of the existing AzureDevopsIntegration that should be imported. Refer to the {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AzureDevopsIntegration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "spacelift_azure_devops_integration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/azure_devops_integration spacelift_azure_devops_integration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AzureDevopsIntegrationConfig
  */
  public constructor(scope: Construct, id: string, config: AzureDevopsIntegrationConfig) {
    super(scope, id, {
      terraformResourceType: 'spacelift_azure_devops_integration',
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
    this._accessibleProjects = config.accessibleProjects;
    this._description = config.description;
    this._isDefault = config.isDefault;
    this._labels = config.labels;
    this._name = config.name;
    this._organizationUrl = config.organizationUrl;
    this._personalAccessToken = config.personalAccessToken;
    this._personalAccessTokenWo = config.personalAccessTokenWo;
    this._personalAccessTokenWoVersion = config.personalAccessTokenWoVersion;
    this._spaceId = config.spaceId;
    this._useGitCheckout = config.useGitCheckout;
    this._userFacingHost = config.userFacingHost;
    this._vcsChecks = config.vcsChecks;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // accessible_projects - computed: false, optional: true, required: false
  private _accessibleProjects?: string[]; 
  public get accessibleProjects() {
    return cdktf.Fn.tolist(this.getListAttribute('accessible_projects'));
  }
  public set accessibleProjects(value: string[]) {
    this._accessibleProjects = value;
  }
  public resetAccessibleProjects() {
    this._accessibleProjects = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessibleProjectsInput() {
    return this._accessibleProjects;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_default - computed: false, optional: true, required: false
  private _isDefault?: boolean | cdktf.IResolvable; 
  public get isDefault() {
    return this.getBooleanAttribute('is_default');
  }
  public set isDefault(value: boolean | cdktf.IResolvable) {
    this._isDefault = value;
  }
  public resetIsDefault() {
    this._isDefault = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isDefaultInput() {
    return this._isDefault;
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

  // organization_url - computed: false, optional: false, required: true
  private _organizationUrl?: string; 
  public get organizationUrl() {
    return this.getStringAttribute('organization_url');
  }
  public set organizationUrl(value: string) {
    this._organizationUrl = value;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationUrlInput() {
    return this._organizationUrl;
  }

  // personal_access_token - computed: false, optional: true, required: false
  private _personalAccessToken?: string; 
  public get personalAccessToken() {
    return this.getStringAttribute('personal_access_token');
  }
  public set personalAccessToken(value: string) {
    this._personalAccessToken = value;
  }
  public resetPersonalAccessToken() {
    this._personalAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get personalAccessTokenInput() {
    return this._personalAccessToken;
  }

  // personal_access_token_wo - computed: false, optional: true, required: false
  private _personalAccessTokenWo?: string; 
  public get personalAccessTokenWo() {
    return this.getStringAttribute('personal_access_token_wo');
  }
  public set personalAccessTokenWo(value: string) {
    this._personalAccessTokenWo = value;
  }
  public resetPersonalAccessTokenWo() {
    this._personalAccessTokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get personalAccessTokenWoInput() {
    return this._personalAccessTokenWo;
  }

  // personal_access_token_wo_version - computed: false, optional: true, required: false
  private _personalAccessTokenWoVersion?: number; 
  public get personalAccessTokenWoVersion() {
    return this.getNumberAttribute('personal_access_token_wo_version');
  }
  public set personalAccessTokenWoVersion(value: number) {
    this._personalAccessTokenWoVersion = value;
  }
  public resetPersonalAccessTokenWoVersion() {
    this._personalAccessTokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get personalAccessTokenWoVersionInput() {
    return this._personalAccessTokenWoVersion;
  }

  // space_id - computed: false, optional: true, required: false
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

  // use_git_checkout - computed: true, optional: true, required: false
  private _useGitCheckout?: boolean | cdktf.IResolvable; 
  public get useGitCheckout() {
    return this.getBooleanAttribute('use_git_checkout');
  }
  public set useGitCheckout(value: boolean | cdktf.IResolvable) {
    this._useGitCheckout = value;
  }
  public resetUseGitCheckout() {
    this._useGitCheckout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useGitCheckoutInput() {
    return this._useGitCheckout;
  }

  // user_facing_host - computed: true, optional: true, required: false
  private _userFacingHost?: string; 
  public get userFacingHost() {
    return this.getStringAttribute('user_facing_host');
  }
  public set userFacingHost(value: string) {
    this._userFacingHost = value;
  }
  public resetUserFacingHost() {
    this._userFacingHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userFacingHostInput() {
    return this._userFacingHost;
  }

  // vcs_checks - computed: false, optional: true, required: false
  private _vcsChecks?: string; 
  public get vcsChecks() {
    return this.getStringAttribute('vcs_checks');
  }
  public set vcsChecks(value: string) {
    this._vcsChecks = value;
  }
  public resetVcsChecks() {
    this._vcsChecks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcsChecksInput() {
    return this._vcsChecks;
  }

  // webhook_password - computed: true, optional: false, required: false
  public get webhookPassword() {
    return this.getStringAttribute('webhook_password');
  }

  // webhook_url - computed: true, optional: false, required: false
  public get webhookUrl() {
    return this.getStringAttribute('webhook_url');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      accessible_projects: cdktf.listMapper(cdktf.stringToTerraform, false)(this._accessibleProjects),
      description: cdktf.stringToTerraform(this._description),
      is_default: cdktf.booleanToTerraform(this._isDefault),
      labels: cdktf.listMapper(cdktf.stringToTerraform, false)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      organization_url: cdktf.stringToTerraform(this._organizationUrl),
      personal_access_token: cdktf.stringToTerraform(this._personalAccessToken),
      personal_access_token_wo: cdktf.stringToTerraform(this._personalAccessTokenWo),
      personal_access_token_wo_version: cdktf.numberToTerraform(this._personalAccessTokenWoVersion),
      space_id: cdktf.stringToTerraform(this._spaceId),
      use_git_checkout: cdktf.booleanToTerraform(this._useGitCheckout),
      user_facing_host: cdktf.stringToTerraform(this._userFacingHost),
      vcs_checks: cdktf.stringToTerraform(this._vcsChecks),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      accessible_projects: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._accessibleProjects),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      is_default: {
        value: cdktf.booleanToHclTerraform(this._isDefault),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      organization_url: {
        value: cdktf.stringToHclTerraform(this._organizationUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      personal_access_token: {
        value: cdktf.stringToHclTerraform(this._personalAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      personal_access_token_wo: {
        value: cdktf.stringToHclTerraform(this._personalAccessTokenWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      personal_access_token_wo_version: {
        value: cdktf.numberToHclTerraform(this._personalAccessTokenWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      space_id: {
        value: cdktf.stringToHclTerraform(this._spaceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      use_git_checkout: {
        value: cdktf.booleanToHclTerraform(this._useGitCheckout),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      user_facing_host: {
        value: cdktf.stringToHclTerraform(this._userFacingHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vcs_checks: {
        value: cdktf.stringToHclTerraform(this._vcsChecks),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
