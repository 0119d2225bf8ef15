// https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RunConfig extends cdktf.TerraformMetaArguments {
  /**
  * The commit SHA for which to trigger a run.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#commit_sha Run#commit_sha}
  */
  readonly commitSha?: string;
  /**
  * Arbitrary map of values that, when changed, will trigger recreation of the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#keepers Run#keepers}
  */
  readonly keepers?: { [key: string]: string };
  /**
  * Whether the run is a proposed run. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#proposed Run#proposed}
  */
  readonly proposed?: boolean | cdktf.IResolvable;
  /**
  * ID of the stack on which the run is to be triggered.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#stack_id Run#stack_id}
  */
  readonly stackId: string;
  /**
  * runtime_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#runtime_config Run#runtime_config}
  */
  readonly runtimeConfig?: RunRuntimeConfig;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#timeouts Run#timeouts}
  */
  readonly timeouts?: RunTimeouts;
  /**
  * wait block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#wait Run#wait}
  */
  readonly wait?: RunWait;
}
export interface RunRuntimeConfigEnvironment {
  /**
  * Environment variable key
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#key Run#key}
  */
  readonly key: string;
  /**
  * Environment variable value
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#value Run#value}
  */
  readonly value: string;
}

export function runRuntimeConfigEnvironmentToTerraform(struct?: RunRuntimeConfigEnvironment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function runRuntimeConfigEnvironmentToHclTerraform(struct?: RunRuntimeConfigEnvironment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RunRuntimeConfigEnvironmentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): RunRuntimeConfigEnvironment | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RunRuntimeConfigEnvironment | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class RunRuntimeConfigEnvironmentList extends cdktf.ComplexList {
  public internalValue? : RunRuntimeConfigEnvironment[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): RunRuntimeConfigEnvironmentOutputReference {
    return new RunRuntimeConfigEnvironmentOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface RunRuntimeConfig {
  /**
  * List of after-apply scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#after_apply Run#after_apply}
  */
  readonly afterApply?: string[];
  /**
  * List of after-destroy scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#after_destroy Run#after_destroy}
  */
  readonly afterDestroy?: string[];
  /**
  * List of after-init scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#after_init Run#after_init}
  */
  readonly afterInit?: string[];
  /**
  * List of after-perform scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#after_perform Run#after_perform}
  */
  readonly afterPerform?: string[];
  /**
  * List of after-plan scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#after_plan Run#after_plan}
  */
  readonly afterPlan?: string[];
  /**
  * List of after-run scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#after_run Run#after_run}
  */
  readonly afterRun?: string[];
  /**
  * List of before-apply scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#before_apply Run#before_apply}
  */
  readonly beforeApply?: string[];
  /**
  * List of before-destroy scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#before_destroy Run#before_destroy}
  */
  readonly beforeDestroy?: string[];
  /**
  * List of before-init scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#before_init Run#before_init}
  */
  readonly beforeInit?: string[];
  /**
  * List of before-perform scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#before_perform Run#before_perform}
  */
  readonly beforePerform?: string[];
  /**
  * List of before-plan scripts
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#before_plan Run#before_plan}
  */
  readonly beforePlan?: string[];
  /**
  * Project root is the optional directory relative to the workspace root containing the entrypoint to the Stack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#project_root Run#project_root}
  */
  readonly projectRoot?: string;
  /**
  * Name of the Docker image used to process Runs
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#runner_image Run#runner_image}
  */
  readonly runnerImage?: string;
  /**
  * environment block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#environment Run#environment}
  */
  readonly environment?: RunRuntimeConfigEnvironment[] | cdktf.IResolvable;
}

export function runRuntimeConfigToTerraform(struct?: RunRuntimeConfigOutputReference | RunRuntimeConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    after_apply: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.afterApply),
    after_destroy: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.afterDestroy),
    after_init: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.afterInit),
    after_perform: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.afterPerform),
    after_plan: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.afterPlan),
    after_run: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.afterRun),
    before_apply: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.beforeApply),
    before_destroy: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.beforeDestroy),
    before_init: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.beforeInit),
    before_perform: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.beforePerform),
    before_plan: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.beforePlan),
    project_root: cdktf.stringToTerraform(struct!.projectRoot),
    runner_image: cdktf.stringToTerraform(struct!.runnerImage),
    environment: cdktf.listMapper(runRuntimeConfigEnvironmentToTerraform, true)(struct!.environment),
  }
}


export function runRuntimeConfigToHclTerraform(struct?: RunRuntimeConfigOutputReference | RunRuntimeConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    after_apply: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.afterApply),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    after_destroy: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.afterDestroy),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    after_init: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.afterInit),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    after_perform: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.afterPerform),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    after_plan: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.afterPlan),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    after_run: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.afterRun),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    before_apply: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.beforeApply),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    before_destroy: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.beforeDestroy),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    before_init: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.beforeInit),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    before_perform: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.beforePerform),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    before_plan: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.beforePlan),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    project_root: {
      value: cdktf.stringToHclTerraform(struct!.projectRoot),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    runner_image: {
      value: cdktf.stringToHclTerraform(struct!.runnerImage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    environment: {
      value: cdktf.listMapperHcl(runRuntimeConfigEnvironmentToHclTerraform, true)(struct!.environment),
      isBlock: true,
      type: "set",
      storageClassType: "RunRuntimeConfigEnvironmentList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RunRuntimeConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): RunRuntimeConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._afterApply !== undefined) {
      hasAnyValues = true;
      internalValueResult.afterApply = this._afterApply;
    }
    if (this._afterDestroy !== undefined) {
      hasAnyValues = true;
      internalValueResult.afterDestroy = this._afterDestroy;
    }
    if (this._afterInit !== undefined) {
      hasAnyValues = true;
      internalValueResult.afterInit = this._afterInit;
    }
    if (this._afterPerform !== undefined) {
      hasAnyValues = true;
      internalValueResult.afterPerform = this._afterPerform;
    }
    if (this._afterPlan !== undefined) {
      hasAnyValues = true;
      internalValueResult.afterPlan = this._afterPlan;
    }
    if (this._afterRun !== undefined) {
      hasAnyValues = true;
      internalValueResult.afterRun = this._afterRun;
    }
    if (this._beforeApply !== undefined) {
      hasAnyValues = true;
      internalValueResult.beforeApply = this._beforeApply;
    }
    if (this._beforeDestroy !== undefined) {
      hasAnyValues = true;
      internalValueResult.beforeDestroy = this._beforeDestroy;
    }
    if (this._beforeInit !== undefined) {
      hasAnyValues = true;
      internalValueResult.beforeInit = this._beforeInit;
    }
    if (this._beforePerform !== undefined) {
      hasAnyValues = true;
      internalValueResult.beforePerform = this._beforePerform;
    }
    if (this._beforePlan !== undefined) {
      hasAnyValues = true;
      internalValueResult.beforePlan = this._beforePlan;
    }
    if (this._projectRoot !== undefined) {
      hasAnyValues = true;
      internalValueResult.projectRoot = this._projectRoot;
    }
    if (this._runnerImage !== undefined) {
      hasAnyValues = true;
      internalValueResult.runnerImage = this._runnerImage;
    }
    if (this._environment?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.environment = this._environment?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RunRuntimeConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._afterApply = undefined;
      this._afterDestroy = undefined;
      this._afterInit = undefined;
      this._afterPerform = undefined;
      this._afterPlan = undefined;
      this._afterRun = undefined;
      this._beforeApply = undefined;
      this._beforeDestroy = undefined;
      this._beforeInit = undefined;
      this._beforePerform = undefined;
      this._beforePlan = undefined;
      this._projectRoot = undefined;
      this._runnerImage = undefined;
      this._environment.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._afterApply = value.afterApply;
      this._afterDestroy = value.afterDestroy;
      this._afterInit = value.afterInit;
      this._afterPerform = value.afterPerform;
      this._afterPlan = value.afterPlan;
      this._afterRun = value.afterRun;
      this._beforeApply = value.beforeApply;
      this._beforeDestroy = value.beforeDestroy;
      this._beforeInit = value.beforeInit;
      this._beforePerform = value.beforePerform;
      this._beforePlan = value.beforePlan;
      this._projectRoot = value.projectRoot;
      this._runnerImage = value.runnerImage;
      this._environment.internalValue = value.environment;
    }
  }

  // after_apply - computed: false, optional: true, required: false
  private _afterApply?: string[]; 
  public get afterApply() {
    return this.getListAttribute('after_apply');
  }
  public set afterApply(value: string[]) {
    this._afterApply = value;
  }
  public resetAfterApply() {
    this._afterApply = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get afterApplyInput() {
    return this._afterApply;
  }

  // after_destroy - computed: false, optional: true, required: false
  private _afterDestroy?: string[]; 
  public get afterDestroy() {
    return this.getListAttribute('after_destroy');
  }
  public set afterDestroy(value: string[]) {
    this._afterDestroy = value;
  }
  public resetAfterDestroy() {
    this._afterDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get afterDestroyInput() {
    return this._afterDestroy;
  }

  // after_init - computed: false, optional: true, required: false
  private _afterInit?: string[]; 
  public get afterInit() {
    return this.getListAttribute('after_init');
  }
  public set afterInit(value: string[]) {
    this._afterInit = value;
  }
  public resetAfterInit() {
    this._afterInit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get afterInitInput() {
    return this._afterInit;
  }

  // after_perform - computed: false, optional: true, required: false
  private _afterPerform?: string[]; 
  public get afterPerform() {
    return this.getListAttribute('after_perform');
  }
  public set afterPerform(value: string[]) {
    this._afterPerform = value;
  }
  public resetAfterPerform() {
    this._afterPerform = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get afterPerformInput() {
    return this._afterPerform;
  }

  // after_plan - computed: false, optional: true, required: false
  private _afterPlan?: string[]; 
  public get afterPlan() {
    return this.getListAttribute('after_plan');
  }
  public set afterPlan(value: string[]) {
    this._afterPlan = value;
  }
  public resetAfterPlan() {
    this._afterPlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get afterPlanInput() {
    return this._afterPlan;
  }

  // after_run - computed: false, optional: true, required: false
  private _afterRun?: string[]; 
  public get afterRun() {
    return this.getListAttribute('after_run');
  }
  public set afterRun(value: string[]) {
    this._afterRun = value;
  }
  public resetAfterRun() {
    this._afterRun = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get afterRunInput() {
    return this._afterRun;
  }

  // before_apply - computed: false, optional: true, required: false
  private _beforeApply?: string[]; 
  public get beforeApply() {
    return this.getListAttribute('before_apply');
  }
  public set beforeApply(value: string[]) {
    this._beforeApply = value;
  }
  public resetBeforeApply() {
    this._beforeApply = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get beforeApplyInput() {
    return this._beforeApply;
  }

  // before_destroy - computed: false, optional: true, required: false
  private _beforeDestroy?: string[]; 
  public get beforeDestroy() {
    return this.getListAttribute('before_destroy');
  }
  public set beforeDestroy(value: string[]) {
    this._beforeDestroy = value;
  }
  public resetBeforeDestroy() {
    this._beforeDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get beforeDestroyInput() {
    return this._beforeDestroy;
  }

  // before_init - computed: false, optional: true, required: false
  private _beforeInit?: string[]; 
  public get beforeInit() {
    return this.getListAttribute('before_init');
  }
  public set beforeInit(value: string[]) {
    this._beforeInit = value;
  }
  public resetBeforeInit() {
    this._beforeInit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get beforeInitInput() {
    return this._beforeInit;
  }

  // before_perform - computed: false, optional: true, required: false
  private _beforePerform?: string[]; 
  public get beforePerform() {
    return this.getListAttribute('before_perform');
  }
  public set beforePerform(value: string[]) {
    this._beforePerform = value;
  }
  public resetBeforePerform() {
    this._beforePerform = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get beforePerformInput() {
    return this._beforePerform;
  }

  // before_plan - computed: false, optional: true, required: false
  private _beforePlan?: string[]; 
  public get beforePlan() {
    return this.getListAttribute('before_plan');
  }
  public set beforePlan(value: string[]) {
    this._beforePlan = value;
  }
  public resetBeforePlan() {
    this._beforePlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get beforePlanInput() {
    return this._beforePlan;
  }

  // project_root - computed: false, optional: true, required: false
  private _projectRoot?: string; 
  public get projectRoot() {
    return this.getStringAttribute('project_root');
  }
  public set projectRoot(value: string) {
    this._projectRoot = value;
  }
  public resetProjectRoot() {
    this._projectRoot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectRootInput() {
    return this._projectRoot;
  }

  // runner_image - computed: false, optional: true, required: false
  private _runnerImage?: string; 
  public get runnerImage() {
    return this.getStringAttribute('runner_image');
  }
  public set runnerImage(value: string) {
    this._runnerImage = value;
  }
  public resetRunnerImage() {
    this._runnerImage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runnerImageInput() {
    return this._runnerImage;
  }

  // environment - computed: false, optional: true, required: false
  private _environment = new RunRuntimeConfigEnvironmentList(this, "environment", true);
  public get environment() {
    return this._environment;
  }
  public putEnvironment(value: RunRuntimeConfigEnvironment[] | cdktf.IResolvable) {
    this._environment.internalValue = value;
  }
  public resetEnvironment() {
    this._environment.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentInput() {
    return this._environment.internalValue;
  }
}
export interface RunTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#create Run#create}
  */
  readonly create?: string;
}

export function runTimeoutsToTerraform(struct?: RunTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
  }
}


export function runTimeoutsToHclTerraform(struct?: RunTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RunTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RunTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RunTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }
}
export interface RunWait {
  /**
  * Continue on the specified states of a finished run. If not specified, the default is `[ 'finished' ]`. You can use following states: `applying`, `canceled`, `confirmed`, `destroying`, `discarded`, `failed`, `finished`, `initializing`, `pending_review`, `performing`, `planning`, `preparing_apply`, `preparing_replan`, `preparing`, `queued`, `ready`, `replan_requested`, `skipped`, `stopped`, `unconfirmed`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#continue_on_state Run#continue_on_state}
  */
  readonly continueOnState?: string[];
  /**
  * Continue if run timed out, i.e. did not reach any defined end state in time. Default: `false`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#continue_on_timeout Run#continue_on_timeout}
  */
  readonly continueOnTimeout?: boolean | cdktf.IResolvable;
  /**
  * Whether waiting for a job is disabled or not. Default: `false`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#disabled Run#disabled}
  */
  readonly disabled?: boolean | cdktf.IResolvable;
}

export function runWaitToTerraform(struct?: RunWaitOutputReference | RunWait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    continue_on_state: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.continueOnState),
    continue_on_timeout: cdktf.booleanToTerraform(struct!.continueOnTimeout),
    disabled: cdktf.booleanToTerraform(struct!.disabled),
  }
}


export function runWaitToHclTerraform(struct?: RunWaitOutputReference | RunWait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    continue_on_state: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.continueOnState),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    continue_on_timeout: {
      value: cdktf.booleanToHclTerraform(struct!.continueOnTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    disabled: {
      value: cdktf.booleanToHclTerraform(struct!.disabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RunWaitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): RunWait | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._continueOnState !== undefined) {
      hasAnyValues = true;
      internalValueResult.continueOnState = this._continueOnState;
    }
    if (this._continueOnTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.continueOnTimeout = this._continueOnTimeout;
    }
    if (this._disabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabled = this._disabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RunWait | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._continueOnState = undefined;
      this._continueOnTimeout = undefined;
      this._disabled = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._continueOnState = value.continueOnState;
      this._continueOnTimeout = value.continueOnTimeout;
      this._disabled = value.disabled;
    }
  }

  // continue_on_state - computed: false, optional: true, required: false
  private _continueOnState?: string[]; 
  public get continueOnState() {
    return cdktf.Fn.tolist(this.getListAttribute('continue_on_state'));
  }
  public set continueOnState(value: string[]) {
    this._continueOnState = value;
  }
  public resetContinueOnState() {
    this._continueOnState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get continueOnStateInput() {
    return this._continueOnState;
  }

  // continue_on_timeout - computed: false, optional: true, required: false
  private _continueOnTimeout?: boolean | cdktf.IResolvable; 
  public get continueOnTimeout() {
    return this.getBooleanAttribute('continue_on_timeout');
  }
  public set continueOnTimeout(value: boolean | cdktf.IResolvable) {
    this._continueOnTimeout = value;
  }
  public resetContinueOnTimeout() {
    this._continueOnTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get continueOnTimeoutInput() {
    return this._continueOnTimeout;
  }

  // disabled - computed: false, optional: true, required: false
  private _disabled?: boolean | cdktf.IResolvable; 
  public get disabled() {
    return this.getBooleanAttribute('disabled');
  }
  public set disabled(value: boolean | cdktf.IResolvable) {
    this._disabled = value;
  }
  public resetDisabled() {
    this._disabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledInput() {
    return this._disabled;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run spacelift_run}
*/
export class Run extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "spacelift_run";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Run resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Run to import
  * @param importFromId The id of the existing Run that should be imported. Refer to the {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Run to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "spacelift_run", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/run spacelift_run} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RunConfig
  */
  public constructor(scope: Construct, id: string, config: RunConfig) {
    super(scope, id, {
      terraformResourceType: 'spacelift_run',
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
    this._commitSha = config.commitSha;
    this._keepers = config.keepers;
    this._proposed = config.proposed;
    this._stackId = config.stackId;
    this._runtimeConfig.internalValue = config.runtimeConfig;
    this._timeouts.internalValue = config.timeouts;
    this._wait.internalValue = config.wait;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // commit_sha - computed: false, optional: true, required: false
  private _commitSha?: string; 
  public get commitSha() {
    return this.getStringAttribute('commit_sha');
  }
  public set commitSha(value: string) {
    this._commitSha = value;
  }
  public resetCommitSha() {
    this._commitSha = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commitShaInput() {
    return this._commitSha;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // keepers - computed: false, optional: true, required: false
  private _keepers?: { [key: string]: string }; 
  public get keepers() {
    return this.getStringMapAttribute('keepers');
  }
  public set keepers(value: { [key: string]: string }) {
    this._keepers = value;
  }
  public resetKeepers() {
    this._keepers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keepersInput() {
    return this._keepers;
  }

  // proposed - computed: false, optional: true, required: false
  private _proposed?: boolean | cdktf.IResolvable; 
  public get proposed() {
    return this.getBooleanAttribute('proposed');
  }
  public set proposed(value: boolean | cdktf.IResolvable) {
    this._proposed = value;
  }
  public resetProposed() {
    this._proposed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get proposedInput() {
    return this._proposed;
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

  // runtime_config - computed: false, optional: true, required: false
  private _runtimeConfig = new RunRuntimeConfigOutputReference(this, "runtime_config");
  public get runtimeConfig() {
    return this._runtimeConfig;
  }
  public putRuntimeConfig(value: RunRuntimeConfig) {
    this._runtimeConfig.internalValue = value;
  }
  public resetRuntimeConfig() {
    this._runtimeConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runtimeConfigInput() {
    return this._runtimeConfig.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new RunTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: RunTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // wait - computed: false, optional: true, required: false
  private _wait = new RunWaitOutputReference(this, "wait");
  public get wait() {
    return this._wait;
  }
  public putWait(value: RunWait) {
    this._wait.internalValue = value;
  }
  public resetWait() {
    this._wait.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitInput() {
    return this._wait.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      commit_sha: cdktf.stringToTerraform(this._commitSha),
      keepers: cdktf.hashMapper(cdktf.stringToTerraform)(this._keepers),
      proposed: cdktf.booleanToTerraform(this._proposed),
      stack_id: cdktf.stringToTerraform(this._stackId),
      runtime_config: runRuntimeConfigToTerraform(this._runtimeConfig.internalValue),
      timeouts: runTimeoutsToTerraform(this._timeouts.internalValue),
      wait: runWaitToTerraform(this._wait.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      commit_sha: {
        value: cdktf.stringToHclTerraform(this._commitSha),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      keepers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._keepers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      proposed: {
        value: cdktf.booleanToHclTerraform(this._proposed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      stack_id: {
        value: cdktf.stringToHclTerraform(this._stackId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      runtime_config: {
        value: runRuntimeConfigToHclTerraform(this._runtimeConfig.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "RunRuntimeConfigList",
      },
      timeouts: {
        value: runTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "RunTimeouts",
      },
      wait: {
        value: runWaitToHclTerraform(this._wait.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "RunWaitList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
