// https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ApiKeyConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#id ApiKey#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * List of idp groups associated with the API key
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#idp_groups ApiKey#idp_groups}
  */
  readonly idpGroups?: string[];
  /**
  * Name of the API key
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#name ApiKey#name}
  */
  readonly name: string;
  /**
  * oidc block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#oidc ApiKey#oidc}
  */
  readonly oidc?: ApiKeyOidc;
}
export interface ApiKeyOidc {
  /**
  * Mapping of IdP JWT claim names to Spacelift claim names. Currently only the `groups` Spacelift claim is supported, so the value should always be `groups` (e.g. `teams = "groups"` maps the IdP `teams` claim to Spacelift `groups`). When configured, the mapped claims are extracted from the OIDC token at authentication time, enabling dynamic team membership based on the authenticating user's actual IdP groups.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#claim_mappings ApiKey#claim_mappings}
  */
  readonly claimMappings?: { [key: string]: string };
  /**
  * OIDC client ID
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#client_id ApiKey#client_id}
  */
  readonly clientId: string;
  /**
  * OIDC issuer URL
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#issuer ApiKey#issuer}
  */
  readonly issuer: string;
  /**
  * OIDC subject expression
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#subject_expression ApiKey#subject_expression}
  */
  readonly subjectExpression: string;
}

export function apiKeyOidcToTerraform(struct?: ApiKeyOidcOutputReference | ApiKeyOidc): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    claim_mappings: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.claimMappings),
    client_id: cdktf.stringToTerraform(struct!.clientId),
    issuer: cdktf.stringToTerraform(struct!.issuer),
    subject_expression: cdktf.stringToTerraform(struct!.subjectExpression),
  }
}


export function apiKeyOidcToHclTerraform(struct?: ApiKeyOidcOutputReference | ApiKeyOidc): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    claim_mappings: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.claimMappings),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    client_id: {
      value: cdktf.stringToHclTerraform(struct!.clientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    issuer: {
      value: cdktf.stringToHclTerraform(struct!.issuer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    subject_expression: {
      value: cdktf.stringToHclTerraform(struct!.subjectExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ApiKeyOidcOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): ApiKeyOidc | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._claimMappings !== undefined) {
      hasAnyValues = true;
      internalValueResult.claimMappings = this._claimMappings;
    }
    if (this._clientId !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientId = this._clientId;
    }
    if (this._issuer !== undefined) {
      hasAnyValues = true;
      internalValueResult.issuer = this._issuer;
    }
    if (this._subjectExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.subjectExpression = this._subjectExpression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ApiKeyOidc | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._claimMappings = undefined;
      this._clientId = undefined;
      this._issuer = undefined;
      this._subjectExpression = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._claimMappings = value.claimMappings;
      this._clientId = value.clientId;
      this._issuer = value.issuer;
      this._subjectExpression = value.subjectExpression;
    }
  }

  // claim_mappings - computed: false, optional: true, required: false
  private _claimMappings?: { [key: string]: string }; 
  public get claimMappings() {
    return this.getStringMapAttribute('claim_mappings');
  }
  public set claimMappings(value: { [key: string]: string }) {
    this._claimMappings = value;
  }
  public resetClaimMappings() {
    this._claimMappings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get claimMappingsInput() {
    return this._claimMappings;
  }

  // client_id - computed: false, optional: false, required: true
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // issuer - computed: false, optional: false, required: true
  private _issuer?: string; 
  public get issuer() {
    return this.getStringAttribute('issuer');
  }
  public set issuer(value: string) {
    this._issuer = value;
  }
  // Temporarily expose input value. Use with caution.
  public get issuerInput() {
    return this._issuer;
  }

  // subject_expression - computed: false, optional: false, required: true
  private _subjectExpression?: string; 
  public get subjectExpression() {
    return this.getStringAttribute('subject_expression');
  }
  public set subjectExpression(value: string) {
    this._subjectExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get subjectExpressionInput() {
    return this._subjectExpression;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key spacelift_api_key}
*/
export class ApiKey extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "spacelift_api_key";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ApiKey resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ApiKey to import
  * @param importFromId The id of the existing ApiKey that should be imported. Refer to the {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ApiKey to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "spacelift_api_key", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/api_key spacelift_api_key} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ApiKeyConfig
  */
  public constructor(scope: Construct, id: string, config: ApiKeyConfig) {
    super(scope, id, {
      terraformResourceType: 'spacelift_api_key',
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
    this._id = config.id;
    this._idpGroups = config.idpGroups;
    this._name = config.name;
    this._oidc.internalValue = config.oidc;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // idp_groups - computed: false, optional: true, required: false
  private _idpGroups?: string[]; 
  public get idpGroups() {
    return cdktf.Fn.tolist(this.getListAttribute('idp_groups'));
  }
  public set idpGroups(value: string[]) {
    this._idpGroups = value;
  }
  public resetIdpGroups() {
    this._idpGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idpGroupsInput() {
    return this._idpGroups;
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

  // secret - computed: true, optional: false, required: false
  public get secret() {
    return this.getStringAttribute('secret');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // oidc - computed: false, optional: true, required: false
  private _oidc = new ApiKeyOidcOutputReference(this, "oidc");
  public get oidc() {
    return this._oidc;
  }
  public putOidc(value: ApiKeyOidc) {
    this._oidc.internalValue = value;
  }
  public resetOidc() {
    this._oidc.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcInput() {
    return this._oidc.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      idp_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._idpGroups),
      name: cdktf.stringToTerraform(this._name),
      oidc: apiKeyOidcToTerraform(this._oidc.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      idp_groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._idpGroups),
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
      oidc: {
        value: apiKeyOidcToHclTerraform(this._oidc.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ApiKeyOidcList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
