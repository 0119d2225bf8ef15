import { App, TerraformStack } from "cdktf";
import { SpaceliftProvider } from "./.gen/providers/spacelift/provider";
import { Space as SpaceResource } from "./.gen/providers/spacelift/space";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

// Foundation skeleton: replaced by the engine → model → constructs pipeline.
const app = new App();
const stack = new TerraformStack(app, "foundation-demo");
new SpaceliftProvider(stack, "spacelift");
new AwsProvider(stack, "aws", { region: "us-east-1" });
new SpaceResource(stack, "demo", { name: "demo", parentSpaceId: "root" });
new S3Bucket(stack, "demo-bucket", { bucket: "acme-demo-bucket" });
app.synth();
