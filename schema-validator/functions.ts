/**
 * Terraform 1.11's built-in functions. Checked against `terraform validate` of 1.11.4: each name
 * below is accepted, `type` (console only) is not, and `list`/`map` exist only to fail, so they are
 * left out and reported as unknown.
 */
export const TERRAFORM_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    "abs abspath alltrue anytrue base64decode base64encode base64gzip base64sha256 base64sha512 basename " +
    "bcrypt can ceil chomp chunklist cidrhost cidrnetmask cidrsubnet cidrsubnets coalesce coalescelist " +
    "compact concat contains csvdecode dirname distinct element endswith ephemeralasnull file filebase64 " +
    "filebase64sha256 filebase64sha512 fileexists filemd5 fileset filesha1 filesha256 filesha512 flatten " +
    "floor format formatdate formatlist indent index issensitive join jsondecode jsonencode keys length log " +
    "lookup lower matchkeys max md5 merge min nonsensitive one parseint pathexpand plantimestamp pow range " +
    "regex regexall replace reverse rsadecrypt sensitive setintersection setproduct setsubtract setunion " +
    "sha1 sha256 sha512 signum slice sort split startswith strcontains strrev substr sum templatefile " +
    "templatestring textdecodebase64 textencodebase64 timeadd timecmp timestamp title tobool tolist tomap " +
    "tonumber toset tostring transpose trim trimprefix trimspace trimsuffix try upper urlencode uuid uuidv5 " +
    "values yamldecode yamlencode zipmap"
  ).split(" "),
);

/** Functions of the built-in `terraform` provider (`provider::terraform::<name>`). */
export const TERRAFORM_PROVIDER_FUNCTIONS: ReadonlySet<string> = new Set([
  "decode_tfvars",
  "encode_expr",
  "encode_tfvars",
]);

/** Why `list`/`map` are reported, in Terraform's words. */
export const REMOVED_FUNCTIONS: Readonly<Record<string, string>> = {
  list: 'the "list" function was removed in Terraform 0.12; use tolist([ ... ])',
  map: 'the "map" function was removed in Terraform 0.12; use tomap({ ... })',
};
